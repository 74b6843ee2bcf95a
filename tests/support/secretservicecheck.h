#pragma once

#include <QString>

// Whether the tests that use a real keyring can run: empty when a Secret Service answers
// without prompting anyone (probed under `service`), otherwise why not, for QSKIP.
QString whySecretServiceUnusable(const QString &service);
