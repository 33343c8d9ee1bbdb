#pragma once

#include <QIcon>

namespace vitrine {

// The app's icons. Each prefers the desktop's icon theme and falls back to a small vector drawing
// painted in the palette's text colour, so icons follow light and dark palettes and need no image
// plugin (SVG support is an optional Qt module that a minimal install lacks).
class Icons {
public:
    enum class Id {
        MoveLeft,
        MoveRight,
        MoveFirst,
        MoveLast,
        AltText,
        AddImage,
        ReplaceUrl,
        Variant,
        Publish,
        Delete,
        Undo,
        Redo,
        Reload,
        GridView,
        DetailsView,
        BrokenImage,
        Warning,
        Store,
        SelectAll,
    };

    static QIcon get(Id id);
    // Always Vitrine's own drawing, never the desktop theme's: for marks inside the gallery
    // cards, whose meaning (and colour) must not change with the desktop.
    static QIcon drawn(Id id);
};

} // namespace vitrine
