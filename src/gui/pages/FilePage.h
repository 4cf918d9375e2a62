// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/FileLoader.h"

#include <QWidget>
#include <memory>

namespace Ui {
class FilePage;
}

namespace attendance::gui {

class MappingMenu;
class Session;

/// Step 3: open (or drop) the spreadsheet, see what will be sent and what will not, and why;
/// choose the sheet, the header row, a text file's encoding and separator, where each column
/// goes and how dates are read. Reading and
/// every re-check run off the UI thread (FileLoader); the page shows progress and a Cancel.
class FilePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilePage)

public:
    explicit FilePage(Session *session, QWidget *parent = nullptr);
    ~FilePage() override;

    /// Asks for a file through Dialogs::openFileName(), then opens it.
    void chooseFile();
    void openFile(const QString &path);
    /// Forgets the file (for a new import); connection and event stay.
    void reset();
    bool isLoading() const;
    /// What the page shows: the file, its plan and the first rows.
    const LoadedFile &loadedFile() const { return m_file; }
    /// Opens the menu of targets for a sheet column at @p globalPos, as a click on the column's
    /// header does; null when there is no such column.
    MappingMenu *showColumnMenu(int sheetColumn, const QPoint &globalPos);

Q_SIGNALS:
    /// A file was read or re-checked; @p ok when its plan can be sent.
    void fileLoaded(bool ok);
    void loadingChanged(bool loading);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setUpOptions();
    /// The session's state into the request: by status, and the state for everyone.
    void takeState();
    void replan();
    /// Reads the file again with the encoding and separator chosen, then plans it.
    void reread();
    void onLoaded(const attendance::gui::LoadedFile &file);
    void onProgress(attendance::gui::FileLoader::Stage stage, int permille);
    void onTargetChosen(int sheetColumn, const ColumnTarget &target);
    void resetChoices();
    void showFailure(const LoadedFile &file);
    void showFile(const LoadedFile &file);
    void updateReadyText();
    /// "As the status column says" is offered while the file shown has a status column.
    void updateByStatusOption();
    void onByStatusClicked(bool on);
    void setDropHighlighted(bool highlighted);
    QString describe(const LoadedFile &file) const;
    /// Which sheet was opened and why, while the sheet chosen for the person is shown and that
    /// is worth telling; else empty.
    QString sheetChoiceText(const LoadedFile &file) const;

    std::unique_ptr<Ui::FilePage> m_ui;
    Session *m_session;
    FileLoader *m_loader;
    LoadedFile m_file; ///< What is shown.
    LoadRequest m_request; ///< The latest asked for; a re-check in flight may not be shown yet.
    /// The sheet the file opened on when the person named none; kept through re-checks.
    std::optional<SheetChoice> m_sheetChoice;
};

} // namespace attendance::gui
