#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

// What a model takes besides plain text.
enum class ModelCapability {
    Vision, // images in a question
    Tools, // tool definitions, and calls back
    Reasoning, // reasoning_effort, and reasoning sent along with the answer
};

// Whether a model has one capability, and who said so. Unknown until the provider's model
// list tells, an answer shows it, or the person sets it.
struct CapabilityFlag
{
    enum class Support { Unknown, Yes, No };
    // In order of precedence: what an answer showed beats the model list, and the person's
    // word beats both.
    enum class Source { None, Listed, Learned, Person };

    Support support = Support::Unknown;
    Source source = Source::None;
    qint64 at = 0; // when, in ms since the epoch (0: not known)

    bool isYes() const { return support == Support::Yes; }
    bool isNo() const { return support == Support::No; }
    bool operator==(const CapabilityFlag &) const = default;
};

// The three capabilities of one model.
struct ModelCapabilities
{
    CapabilityFlag vision;
    CapabilityFlag tools;
    CapabilityFlag reasoning;

    const CapabilityFlag &flag(ModelCapability capability) const;
    CapabilityFlag &flag(ModelCapability capability);

    // Records what `source` says, unless a source of higher precedence said it already;
    // true when the flag changed. The same source may change its mind (newer evidence).
    bool note(ModelCapability capability, bool supported, CapabilityFlag::Source source, qint64 at);
    // The person's choice; Unknown forgets the flag, whoever set it.
    void set(ModelCapability capability, CapabilityFlag::Support support, qint64 at);

    bool isEmpty() const;
    // {"vision": {"supported": true, "source": "learned", "at": "2026-…Z"}, …}: known
    // flags only. Unknown names and malformed flags are ignored when read.
    QJsonObject toJson() const;
    static ModelCapabilities fromJson(const QJsonObject &json);

    static QString nameOf(ModelCapability capability); // "vision", "tools", "reasoning"
    static std::optional<ModelCapability> fromName(const QString &name);

    bool operator==(const ModelCapabilities &) const = default;
};
