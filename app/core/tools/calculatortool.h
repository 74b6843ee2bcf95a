#pragma once

#include "tool.h"

// Built-in: evaluates an arithmetic expression with muparser (operators, parentheses,
// sin/cos/sqrt/log/…, the constants pi and e), so that the model does not do sums in
// its head. Nothing else is reachable from an expression.
class CalculatorTool : public Tool
{
public:
    static constexpr int maxExpressionLength = 1000;

    QString name() const override;
    QString description() const override;
    QJsonObject parameters() const override;
    ToolEffect effect() const override { return ToolEffect::ReadOnly; }
    void invoke(const QJsonObject &arguments, const Done &done) override;

    // The value, or an error that says what is wrong with the expression.
    static ToolOutput evaluate(const QString &expression);
};
