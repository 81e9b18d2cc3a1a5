#pragma once
// The OK / Cancel row every dialog of the console ends with.

#include <QString>

class QDialog;
class QDialogButtonBox;

/// A new OK / Cancel box wired to `dialog`'s accept and reject; OK reads `okText` when given.
QDialogButtonBox* okCancelButtons(QDialog* dialog, const QString& okText = {});
