#include "calculatortool.h"

#include <muParser.h>

#include <cmath>
#include <numbers>

using namespace Qt::StringLiterals;

QString CalculatorTool::name() const
{
    return u"calculate"_s;
}

QString CalculatorTool::description() const
{
    return u"Evaluates an arithmetic expression exactly as written and returns its value. "
           "Supports + - * / ^, parentheses, sin, cos, tan, asin, acos, atan, sinh, cosh, "
           "tanh, log2, log10, ln, exp, sqrt, abs, sign, rint, min, max, sum, avg, and the "
           "constants pi and e."_s;
}

QJsonObject CalculatorTool::parameters() const
{
    return oneStringParameter(u"expression"_s, u"For example (2^10 - 24) / 3"_s);
}

void CalculatorTool::invoke(const QJsonObject &arguments, const Done &done)
{
    const QJsonValue expression = arguments.value(u"expression"_s);
    if (!expression.isString()) {
        done(ToolOutput::error(u"Give the expression as a string in \"expression\"."_s));
        return;
    }
    done(evaluate(expression.toString()));
}

ToolOutput CalculatorTool::evaluate(const QString &expression)
{
    if (expression.trimmed().isEmpty())
        return ToolOutput::error(u"The expression is empty."_s);
    if (expression.size() > maxExpressionLength)
        return ToolOutput::error(
            u"The expression is longer than %1 characters."_s.arg(maxExpressionLength));
    try {
        mu::Parser parser;
        // Full precision (muparser's own _pi has only 13 digits).
        parser.DefineConst("pi", std::numbers::pi);
        parser.DefineConst("e", std::numbers::e);
        parser.SetExpr(expression.toStdString());
        const double value = parser.Eval();
        if (std::isnan(value))
            return ToolOutput::error(u"The expression has no real value (NaN)."_s);
        if (std::isinf(value))
            return ToolOutput::error(u"The expression's value is infinite."_s);
        // Up to 15 significant digits: what a double holds without noise.
        return {QString::number(value, 'g', 15), false};
    } catch (const mu::Parser::exception_type &error) {
        return ToolOutput::error(
            u"Cannot evaluate the expression: %1"_s.arg(QString::fromStdString(error.GetMsg())));
    }
}
