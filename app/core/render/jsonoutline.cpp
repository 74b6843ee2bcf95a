#include "jsonoutline.h"

#include "tools/argumentcheck.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

bool isJsonSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

bool endsLiteral(QChar c)
{
    return isJsonSpace(c) || c == u',' || c == u'}' || c == u']' || c == u':';
}

QJsonValue rootOf(const QJsonDocument &document)
{
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

} // namespace

JsonOutline::JsonOutline(QObject *parent)
    : QAbstractListModel(parent)
{ }

void JsonOutline::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    beginResetModel();
    parse();
    endResetModel();
    Q_EMIT textChanged();
    checkSchema();
}

void JsonOutline::setSchema(const QVariantMap &map)
{
    const QJsonObject schema = QJsonObject::fromVariantMap(map);
    if (schema == m_schema)
        return;
    m_schema = schema;
    Q_EMIT schemaChanged();
    checkSchema();
}

QString JsonOutline::status() const
{
    if (isValid())
        return tr("✓ valid JSON");
    return tr("✗ invalid at character %1: %2").arg(m_errorPosition).arg(m_error);
}

void JsonOutline::parse()
{
    m_nodes.clear();
    m_rows.clear();
    m_error.clear();
    m_errorPosition = 0;
    const QByteArray utf8 = m_text.toUtf8();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError) {
        // Qt counts bytes of UTF-8; people count characters.
        m_errorPosition = std::max(1, int(QString::fromUtf8(utf8.left(error.offset)).size()));
        m_error = error.errorString();
        return;
    }
    if (!scan()) {
        m_nodes.clear();
        return;
    }
    if (m_nodes.size() > foldedAbove) {
        for (Node &node : m_nodes)
            node.folded = node.depth > 0 && isFoldable(node);
    }
    m_rows = visibleNodes(0, int(m_nodes.size()) - 1);
}

// Only runs on text QJsonDocument accepted, so it only needs to find where things are.
bool JsonOutline::scan()
{
    const QString &text = m_text;
    const qsizetype size = text.size();
    struct Frame
    {
        int node;
        bool object;
        int last = -1; // the latest value in it
    };
    QList<Frame> open;
    QString key;
    bool expectKey = false;
    qsizetype pos = 0;

    const auto add = [&](Node::Type type, const QString &value) {
        Node node;
        node.type = type;
        node.value = value;
        node.depth = int(open.size());
        node.key = std::exchange(key, {});
        const int index = int(m_nodes.size());
        if (!open.isEmpty()) {
            ++m_nodes[open.last().node].children;
            open.last().last = index;
        }
        m_nodes.append(node);
        return index;
    };

    while (true) {
        while (pos < size && isJsonSpace(text.at(pos)))
            ++pos;
        if (pos >= size)
            break;
        const QChar c = text.at(pos);
        if (c == u'"') {
            qsizetype end = pos + 1;
            while (end < size && text.at(end) != u'"')
                end += text.at(end) == u'\\' ? 2 : 1;
            if (end >= size)
                return false;
            const QString literal = text.mid(pos, end + 1 - pos);
            pos = end + 1;
            if (expectKey) {
                key = literal;
                expectKey = false;
                while (pos < size && isJsonSpace(text.at(pos)))
                    ++pos;
                if (pos >= size || text.at(pos) != u':')
                    return false;
                ++pos;
            } else {
                add(Node::Type::String, literal);
            }
        } else if (c == u'{' || c == u'[') {
            const bool object = c == u'{';
            const int index = add(object ? Node::Type::Object : Node::Type::Array, QString(c));
            open.append({index, object});
            expectKey = object;
            ++pos;
        } else if (c == u'}' || c == u']') {
            if (open.isEmpty())
                return false;
            const Frame frame = open.takeLast();
            if (m_nodes.at(frame.node).children == 0) {
                m_nodes[frame.node].value = c == u'}' ? u"{}"_s : u"[]"_s;
            } else {
                Node end;
                end.type = Node::Type::End;
                end.depth = int(open.size());
                end.value = QString(c);
                m_nodes[frame.node].end = int(m_nodes.size());
                m_nodes.append(end);
            }
            expectKey = false;
            ++pos;
        } else if (c == u',') {
            if (open.isEmpty() || open.last().last < 0)
                return false;
            Node &previous = m_nodes[open.last().last];
            previous.comma = true;
            if (previous.end > 0)
                m_nodes[previous.end].comma = true;
            expectKey = open.last().object;
            ++pos;
        } else {
            qsizetype end = pos;
            while (end < size && !endsLiteral(text.at(end)))
                ++end;
            if (end == pos)
                return false;
            const QString literal = text.mid(pos, end - pos);
            const Node::Type type = literal == u"true"_s || literal == u"false"_s
                ? Node::Type::Boolean
                : literal == u"null"_s ? Node::Type::Null
                                       : Node::Type::Number;
            add(type, literal);
            pos = end;
        }
    }
    return open.isEmpty() && !m_nodes.isEmpty();
}

void JsonOutline::checkSchema()
{
    QString status;
    bool matches = false;
    if (!m_schema.isEmpty() && isValid()) {
        const QJsonDocument document = QJsonDocument::fromJson(m_text.toUtf8());
        const QString problems
            = ArgumentCheck::problems(rootOf(document), m_schema, ArgumentCheck::Subject::Answer);
        matches = problems.isEmpty();
        status = matches ? tr("✓ matches the schema")
                         : tr("✗ does not match the schema: %1").arg(problems);
    }
    if (status == m_schemaStatus && matches == m_matchesSchema)
        return;
    m_schemaStatus = status;
    m_matchesSchema = matches;
    Q_EMIT schemaStatusChanged();
}

QList<int> JsonOutline::visibleNodes(int first, int last) const
{
    QList<int> shown;
    for (int i = first; i <= last;) {
        shown.append(i);
        const Node &node = m_nodes.at(i);
        i = isFoldable(node) && node.folded ? node.end + 1 : i + 1;
    }
    return shown;
}

QString JsonOutline::line(const Node &node, bool folded) const
{
    QString text;
    if (!node.key.isEmpty())
        text = node.key + u": "_s;
    if (folded)
        text += node.type == Node::Type::Object ? u"{…}"_s : u"[…]"_s;
    else
        text += node.value;
    if (node.comma && (folded || !isFoldable(node)))
        text += u',';
    return text;
}

int JsonOutline::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> JsonOutline::roleNames() const
{
    return {
        {DepthRole, "depth"},   {KeyRole, "key"},         {ValueRole, "value"},
        {TypeRole, "type"},     {CommaRole, "comma"},     {FoldableRole, "foldable"},
        {FoldedRole, "folded"}, {SummaryRole, "summary"}, {LineRole, "line"},
    };
}

QVariant JsonOutline::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Node &node = m_nodes.at(m_rows.at(index.row()));
    const bool foldable = isFoldable(node);
    const bool folded = foldable && node.folded;
    switch (role) {
    case Qt::DisplayRole:
    case LineRole:
        return line(node, folded);
    case DepthRole:
        return node.depth;
    case KeyRole:
        return node.key;
    case ValueRole:
        if (folded)
            return node.type == Node::Type::Object ? u"{…}"_s : u"[…]"_s;
        return node.value;
    case TypeRole:
        switch (node.type) {
        case Node::Type::Object:
            return u"object"_s;
        case Node::Type::Array:
            return u"array"_s;
        case Node::Type::String:
            return u"string"_s;
        case Node::Type::Number:
            return u"number"_s;
        case Node::Type::Boolean:
            return u"boolean"_s;
        case Node::Type::Null:
            return u"null"_s;
        case Node::Type::End:
            return u"end"_s;
        }
        return {};
    case CommaRole:
        return node.comma && (folded || !foldable);
    case FoldableRole:
        return foldable;
    case FoldedRole:
        return folded;
    case SummaryRole:
        if (!folded)
            return QString();
        return node.type == Node::Type::Object ? tr("%n key(s)", nullptr, node.children)
                                               : tr("%n item(s)", nullptr, node.children);
    default:
        return {};
    }
}

void JsonOutline::toggle(int row)
{
    if (row >= 0 && row < m_rows.size())
        setFolded(row, !m_nodes.at(m_rows.at(row)).folded);
}

void JsonOutline::setFolded(int row, bool folded)
{
    if (row < 0 || row >= m_rows.size())
        return;
    const int at = m_rows.at(row);
    const Node &node = m_nodes.at(at);
    if (!isFoldable(node) || node.folded == folded)
        return;
    // The row's own look changes after the rows under it come or go, so that views (and
    // QAbstractItemModelTester) see the neighbours of the change as they were.
    if (folded) {
        const auto first = m_rows.begin() + row + 1;
        const int count = int(std::upper_bound(first, m_rows.end(), node.end) - first);
        beginRemoveRows({}, row + 1, row + count);
        m_rows.remove(row + 1, count);
        endRemoveRows();
    } else {
        const QList<int> shown = visibleNodes(at + 1, node.end);
        beginInsertRows({}, row + 1, row + int(shown.size()));
        m_rows.insert(row + 1, shown.size(), 0);
        std::copy(shown.cbegin(), shown.cend(), m_rows.begin() + row + 1);
        endInsertRows();
    }
    m_nodes[at].folded = folded;
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed,
                       {Qt::DisplayRole, ValueRole, CommaRole, FoldedRole, SummaryRole, LineRole});
}

QString JsonOutline::formatted() const
{
    if (!isValid() || m_nodes.isEmpty())
        return m_text;
    QString text;
    text.reserve(m_text.size() * 2);
    for (const Node &node : m_nodes) {
        if (!text.isEmpty())
            text += u'\n';
        text += QString(node.depth * 2, u' ') + line(node, false);
    }
    return text;
}
