// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

class QLabel;
class QWidget;

namespace attendance::gui {

/// Small helpers so every page looks the same. Sizes derive from the font, never from pixels.
namespace style {

/// An icon of the shared set, e.g. uiIcon(u"send") for :/icons/ui/send.svg.
QIcon uiIcon(QStringView name);
/// A page title: larger and bold.
void makeTitle(QLabel *label);
/// The line under a title: wrapped, in the secondary text colour.
void makeSubtitle(QLabel *label);
/// A label shown muted (notes, hints).
void makeMuted(QLabel *label);
/// Limits @p widget to a comfortable reading width (in average character widths).
void limitWidth(QWidget *widget, int characters);

} // namespace style

} // namespace attendance::gui
