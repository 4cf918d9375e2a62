// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FileLoader.h"

#include <QWidget>
#include <memory>

namespace Ui {
class FilePage;
}

namespace attendance {
class PreviewModel;
}

namespace attendance::gui {

class PreviewFilterModel;
class Session;

/// Step 3: open (or drop) the spreadsheet, see what will be sent and what will not, and why.
/// Reading happens off the UI thread; the page shows a busy bar meanwhile.
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

Q_SIGNALS:
    void fileLoaded(bool ok);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void onLoaded(const attendance::gui::LoadedFile &file);
    void updateCounts();
    void updateReadyText();
    void setDropHighlighted(bool highlighted);
    static QString delimiterName(QChar delimiter);

    std::unique_ptr<Ui::FilePage> m_ui;
    Session *m_session;
    FileLoader *m_loader;
    PreviewModel *m_preview;
    PreviewFilterModel *m_filter;
    LoadedFile m_file;
};

} // namespace attendance::gui
