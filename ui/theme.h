#pragma once

#include <QColor>
#include <QPalette>

class QApplication;

namespace vitrine {

// The few colours that carry meaning in Vitrine (edited, new, failed, missing alt text), chosen to
// stay readable on the current palette, light or dark. Everything else uses the palette as is.
class Theme {
public:
    enum class Role {
        Edited,  // staged, not yet published
        New,     // added, not yet on the store
        Failed,  // the store refused the last publish of this image, or the image is broken
        Warning, // missing alt text, tiny image
        BadgeBackground,
        BadgeText,
        ThumbnailBackground,
    };

    static QColor color(Role role, const QPalette &palette);
    static bool isDark(const QPalette &palette);

    // The application look: Fusion (consistent across desktops, clear focus frames) with the
    // system's colours; call once from main() before creating windows.
    static void apply(QApplication &app);
};

} // namespace vitrine
