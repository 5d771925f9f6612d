#pragma once

#include "core/logs/loglevel.h"

#include <QColor>
#include <QPalette>

namespace suanli::gui {

// The log view's colours, shaded for the palette: readable on light and dark themes alike.
struct LogViewColors
{
    QColor text;
    QColor base;
    QColor gutterText;
    QColor gutterBase;
    QColor currentLine;
    QColor error;
    QColor warning;
    QColor debug;
    QColor tracebackBand;
    QColor hitBackground;
    QColor hitText;
    QColor currentHitBackground;
    QColor selection;
    QColor selectionText;

    static LogViewColors forPalette(const QPalette &palette);
    // The colour a level is written in; invalid for levels shown in the normal text colour.
    QColor forLevel(LogLevel level) const;
};

} // namespace suanli::gui
