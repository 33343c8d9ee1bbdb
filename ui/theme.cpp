#include "ui/theme.h"

#include <QApplication>
#include <QStyleFactory>

namespace vitrine {

bool Theme::isDark(const QPalette &palette) {
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QColor Theme::color(Role role, const QPalette &palette) {
    const bool dark = isDark(palette);
    switch (role) {
    case Role::Edited:
        return dark ? QColor(0x6c, 0xb6, 0xff) : QColor(0x1a, 0x63, 0xc7);
    case Role::New:
        return dark ? QColor(0x5f, 0xd0, 0x8a) : QColor(0x1e, 0x7e, 0x34);
    case Role::Failed:
        return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc6, 0x28, 0x28);
    case Role::Warning:
        return dark ? QColor(0xf2, 0xb1, 0x34) : QColor(0x9a, 0x5b, 0x00);
    case Role::BadgeBackground:
        return {0x1f, 0x3a, 0x5f, 220}; // the app icon's navy
    case Role::BadgeText:
        return {Qt::white};
    case Role::ThumbnailBackground: {
        const QColor base = palette.color(QPalette::Base);
        return dark ? base.lighter(130) : base.darker(106);
    }
    }
    return palette.color(QPalette::WindowText);
}

void Theme::apply(QApplication &app) {
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        app.setStyle(fusion);
}

} // namespace vitrine
