// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QTableView;

namespace attendance {
class PreviewModel;
}

namespace attendance::gui {

class MappingHeaderView;
class PreviewFilterModel;
struct LoadedFile;

/// The checked file at a glance: the counts ("27 ready to send · 2 invalid · …"), the first
/// rows and every problem in a table whose headers say where each column goes, the "problems
/// only" filter, and notes on what the table leaves out and on remembered column choices.
class PreviewPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewPane)

public:
    explicit PreviewPane(QWidget *parent = nullptr);

    void showFile(const LoadedFile &file);
    void clear();

Q_SIGNALS:
    /// A click on a column's header, or a right click in the column.
    void columnMenuRequested(int sheetColumn, const QPoint &globalPos);
    /// "Reset" in the note on remembered column choices.
    void resetChoicesRequested();

private:
    void updateCounts(const LoadedFile &file);
    void updateChoicesNote(const LoadedFile &file);

    PreviewModel *m_model;
    PreviewFilterModel *m_filter;
    QLabel *m_counts;
    QCheckBox *m_problemsOnly;
    QLabel *m_choicesNote;
    QTableView *m_view;
    MappingHeaderView *m_header;
    QLabel *m_note;
    QStringList m_shownHeaders; ///< Columns are fitted to their contents when these change.
    bool m_shownByStatus = false; ///< The status column is fitted again when this changes.
};

} // namespace attendance::gui
