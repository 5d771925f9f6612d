#include "logviewcolors.h"

#include "statustones.h"

namespace suanli::gui {

LogViewColors LogViewColors::forPalette(const QPalette &palette)
{
    const bool dark = StatusTones::isDark(palette);
    LogViewColors c;
    c.text = palette.color(QPalette::Text);
    c.base = palette.color(QPalette::Base);
    c.gutterText = palette.color(QPalette::PlaceholderText);
    c.gutterBase = dark ? c.base.lighter(125) : c.base.darker(106);
    c.currentLine = dark ? c.base.lighter(150) : QColor(0xe8, 0xf0, 0xfc);
    c.error = dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc6, 0x28, 0x28);
    c.warning = dark ? QColor(0xf0, 0xb4, 0x29) : QColor(0x9a, 0x5b, 0x00);
    c.debug = dark ? QColor(0x8b, 0x94, 0x9e) : QColor(0x6e, 0x76, 0x81);
    c.tracebackBand = dark ? QColor(0x4a, 0x1f, 0x24) : QColor(0xfd, 0xec, 0xea);
    c.hitBackground = dark ? QColor(0x6b, 0x57, 0x00) : QColor(0xff, 0xf1, 0x76);
    c.hitText = dark ? QColor(0xff, 0xff, 0xff) : QColor(0x00, 0x00, 0x00);
    c.currentHitBackground = dark ? QColor(0xc7, 0x7c, 0x02) : QColor(0xff, 0xa7, 0x26);
    c.selection = palette.color(QPalette::Highlight);
    c.selectionText = palette.color(QPalette::HighlightedText);
    return c;
}

QColor LogViewColors::forLevel(LogLevel level) const
{
    switch (level) {
    case LogLevel::Error:
        return error;
    case LogLevel::Warning:
        return warning;
    case LogLevel::Debug:
        return debug;
    case LogLevel::Info:
    case LogLevel::None:
        break;
    }
    return {};
}

} // namespace suanli::gui
