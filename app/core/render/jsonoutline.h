#pragma once

#include <QAbstractListModel>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

// A JSON answer as the lines of a formatted, foldable outline: one row per value and per
// closing bracket, in the document's own order, with numbers and strings as written (a
// QJsonObject would sort the keys and round big numbers). It also says whether the text is
// valid JSON, where it breaks when it is not, and whether it fits the schema it was asked for.
class JsonOutline : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    // The JSON Schema the request sent; {} when it sent none.
    // (A map, not a QJsonObject: Qt 6.4's qmllint does not know that type.)
    Q_PROPERTY(QVariantMap schema READ schema WRITE setSchema NOTIFY schemaChanged)
    Q_PROPERTY(bool valid READ isValid NOTIFY textChanged)
    // Where the text stops being JSON: a 1-based character; 0 when it is valid.
    Q_PROPERTY(int errorPosition READ errorPosition NOTIFY textChanged)
    // "✓ valid JSON" or "✗ invalid at character N: why".
    Q_PROPERTY(QString status READ status NOTIFY textChanged)
    // "" without a schema or valid JSON; else whether the document matches the schema.
    Q_PROPERTY(QString schemaStatus READ schemaStatus NOTIFY schemaStatusChanged)
    Q_PROPERTY(bool matchesSchema READ matchesSchema NOTIFY schemaStatusChanged)

public:
    enum Roles {
        DepthRole = Qt::UserRole + 1, // int: 0 for the document itself
        KeyRole, // QString: the member's key as written, quotes included; "" in arrays
        ValueRole, // QString: a literal as written, "{", "[", "{…}" / "[…]" when folded, "}", "]"
        TypeRole, // QString: object, array, string, number, boolean, null, end
        CommaRole, // bool: a comma follows on this line
        FoldableRole, // bool: an object or array with something in it
        FoldedRole, // bool
        SummaryRole, // QString: what a folded object or array holds ("3 keys", "2 items")
        LineRole, // QString: the whole line without its indentation: "key": value,
    };
    Q_ENUM(Roles)

    explicit JsonOutline(QObject *parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString &text);
    QVariantMap schema() const { return m_schema.toVariantMap(); }
    void setSchema(const QVariantMap &schema);
    bool isValid() const { return m_errorPosition == 0; }
    int errorPosition() const { return m_errorPosition; }
    QString status() const;
    QString schemaStatus() const { return m_schemaStatus; }
    bool matchesSchema() const { return m_matchesSchema; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Folds an open object or array, or opens a folded one.
    Q_INVOKABLE void toggle(int row);
    Q_INVOKABLE void setFolded(int row, bool folded);
    // The whole document, indented by two spaces a level and unfolded, for the clipboard.
    // The text as it came when it is not valid.
    Q_INVOKABLE QString formatted() const;

    // Documents with more nodes start with everything below the top level folded.
    static constexpr int foldedAbove = 1000;

Q_SIGNALS:
    void textChanged();
    void schemaChanged();
    void schemaStatusChanged();

private:
    struct Node
    {
        enum class Type : quint8 { Object, Array, String, Number, Boolean, Null, End };
        Type type = Type::Null;
        bool comma = false;
        bool folded = false;
        int depth = 0;
        int end = -1; // an object or array with children: its End node
        int children = 0;
        QString key;
        QString value;
    };

    void parse();
    bool scan(); // fills m_nodes from a text QJsonDocument accepted; false if it disagrees
    void checkSchema();
    QList<int> visibleNodes(int first, int last) const;
    QString line(const Node &node, bool folded) const;
    bool isFoldable(const Node &node) const { return node.end > 0; }

    QString m_text;
    QJsonObject m_schema;
    QList<Node> m_nodes;
    QList<int> m_rows; // the nodes shown, in order
    int m_errorPosition = 0;
    QString m_error;
    QString m_schemaStatus;
    bool m_matchesSchema = false;
};
