// SPDX-License-Identifier: GPL-3.0-or-later
#include "Dialogs.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <optional>

namespace attendance::gui {

namespace {

// Plain statics: dialogs run on the GUI thread only.
std::optional<bool> nextConfirm;
std::optional<bool> nextCheck;
QString lastCheckText;
std::optional<QString> nextOpenFileName;
std::optional<QString> nextSaveFileName;
std::optional<QString> nextText;
bool messagesSuppressed = false;
QString lastMessageText;

template <typename T> std::optional<T> take(std::optional<T> &slot)
{
    std::optional<T> value;
    value.swap(slot);
    return value;
}

void showMessage(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text)
{
    lastMessageText = text;
    if (messagesSuppressed)
        return;
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

} // namespace

bool Dialogs::confirm(
    QWidget *parent, const QString &title, const QString &text, const QString &acceptLabel)
{
    lastMessageText = text;
    if (const std::optional<bool> answer = take(nextConfirm))
        return *answer;
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box.setTextFormat(Qt::PlainText);
    QPushButton *accept = box.addButton(acceptLabel, QMessageBox::AcceptRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(accept);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == accept;
}

bool Dialogs::confirm(QWidget *parent, const QString &title, const QString &text,
    const QString &acceptLabel, const QString &checkLabel, bool *checked)
{
    lastMessageText = text;
    lastCheckText = checkLabel;
    if (const std::optional<bool> answer = take(nextConfirm)) {
        if (const std::optional<bool> check = take(nextCheck); check && *answer)
            *checked = *check;
        return *answer;
    }
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box.setTextFormat(Qt::PlainText);
    auto *check = new QCheckBox(checkLabel, &box);
    check->setChecked(*checked);
    box.setCheckBox(check);
    QPushButton *accept = box.addButton(acceptLabel, QMessageBox::AcceptRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(accept);
    box.setEscapeButton(cancel);
    box.exec();
    if (box.clickedButton() != accept)
        return false;
    *checked = check->isChecked();
    return true;
}

QString Dialogs::openFileName(
    QWidget *parent, const QString &caption, const QString &directory, const QString &filter)
{
    if (const std::optional<QString> path = take(nextOpenFileName))
        return *path;
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

QString Dialogs::saveFileName(
    QWidget *parent, const QString &caption, const QString &suggestedPath, const QString &filter)
{
    if (const std::optional<QString> path = take(nextSaveFileName))
        return *path;
    return QFileDialog::getSaveFileName(parent, caption, suggestedPath, filter);
}

QString Dialogs::getText(
    QWidget *parent, const QString &title, const QString &label, const QString &text)
{
    if (const std::optional<QString> answer = take(nextText))
        return *answer;
    return QInputDialog::getText(parent, title, label, QLineEdit::Normal, text);
}

void Dialogs::information(QWidget *parent, const QString &title, const QString &text)
{
    showMessage(parent, QMessageBox::Information, title, text);
}

void Dialogs::warning(QWidget *parent, const QString &title, const QString &text)
{
    showMessage(parent, QMessageBox::Warning, title, text);
}

void Dialogs::setNextConfirm(bool answer)
{
    nextConfirm = answer;
}

void Dialogs::setNextCheck(bool checked)
{
    nextCheck = checked;
}

QString Dialogs::lastCheckLabel()
{
    return lastCheckText;
}

void Dialogs::setNextOpenFileName(const QString &path)
{
    nextOpenFileName = path;
}

void Dialogs::setNextSaveFileName(const QString &path)
{
    nextSaveFileName = path;
}

void Dialogs::setNextText(const QString &text)
{
    nextText = text;
}

void Dialogs::setMessagesSuppressed(bool suppressed)
{
    messagesSuppressed = suppressed;
}

QString Dialogs::lastMessage()
{
    return lastMessageText;
}

} // namespace attendance::gui
