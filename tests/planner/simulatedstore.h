#pragma once

#include "core/productimage.h"
#include "core/publishplan.h"
#include "core/storecapabilities.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <utility>

namespace vitrine::test {

// A store reduced to its ordering rules, written independently of the planner so that applying a
// plan to it checks the plan, not the planner's own idea of a store.
//  absolute: every image keeps the number it was given, the list sorts by it; a create without
//            a number goes last (max + 1).
//  shift:    the list is the order; a position write moves the image to that place (1-based from
//            firstPosition) and the others renumber; a create without a position is appended.
// A full-replace update sends every field: a position the patch does not name is taken from the
// image as last read (the baseline), exactly as the generic dialect does. A store that saves alt
// text through the product (altTextThroughProduct) refuses alt text in an image update and takes
// a batched alt write for any number of its images, all or nothing.
class SimulatedStore {
public:
    SimulatedStore(const Gallery &baseline, StoreCapabilities caps)
        : m_caps(std::move(caps))
        , m_list(baseline) {
        for (const ProductImage &image : baseline)
            m_lastRead.insert(image.id, image);
    }

    // Applies one op; false (with a reason) when the op is malformed for this store.
    bool apply(const WriteOp &op, QString *why) {
        switch (op.kind) {
        case WriteOp::Kind::DeleteAll:
            if (!m_caps.canDeleteAll)
                return fail(why, QStringLiteral("delete-all is not supported"));
            m_list.clear();
            return true;
        case WriteOp::Kind::Delete: {
            const qsizetype i = indexOf(op.imageId);
            if (i < 0)
                return fail(why, QStringLiteral("delete of unknown id ") + op.imageId);
            m_list.removeAt(i);
            return true;
        }
        case WriteOp::Kind::Create: {
            if (op.image.position && !m_caps.positionOnCreate)
                return fail(why, QStringLiteral("position sent on create"));
            ProductImage image;
            image.id = QStringLiteral("c%1").arg(++m_created);
            image.src = op.image.src;
            image.alt = op.image.alt;
            image.variantIds = op.image.variantIds;
            m_localKeys.insert(op.localKey, image.id);
            if (absolute()) {
                image.position = op.image.position ? *op.image.position : maxValue() + 1;
                m_list.append(image);
            } else {
                m_list.append(image);
                if (op.image.position)
                    moveTo(m_list.size() - 1, *op.image.position);
            }
            return true;
        }
        case WriteOp::Kind::UpdateAltTexts: {
            if (!m_caps.altTextThroughProduct)
                return fail(why, QStringLiteral("batched alt text is not supported"));
            if (op.altTexts.isEmpty())
                return fail(why, QStringLiteral("empty batched alt text write"));
            for (const AltTextEdit &edit : op.altTexts)
                if (indexOf(edit.imageId) < 0)
                    return fail(why, QStringLiteral("alt text of unknown image ") + edit.imageId);
            for (const AltTextEdit &edit : op.altTexts)
                m_list[indexOf(edit.imageId)].alt = edit.alt;
            return true;
        }
        case WriteOp::Kind::Update: {
            const QString id = op.imageId.isEmpty() ? m_localKeys.value(op.localKey) : op.imageId;
            const qsizetype i = id.isEmpty() ? -1 : indexOf(id);
            if (i < 0)
                return fail(why,
                            QStringLiteral("update of unknown image ") + op.imageId + op.localKey);
            if (op.patch.isEmpty())
                return fail(why, QStringLiteral("empty update of ") + id);
            if (op.patch.alt && m_caps.altTextThroughProduct)
                return fail(why, QStringLiteral("alt text in the image update of ") + id);
            std::optional<int> position = op.patch.position;
            if (!position && m_caps.fullReplaceUpdate)
                position = m_lastRead.contains(id) ? m_lastRead[id].position : m_list[i].position;
            if (op.patch.alt)
                m_list[i].alt = *op.patch.alt;
            if (op.patch.src)
                m_list[i].src = *op.patch.src;
            if (op.patch.variantIds)
                m_list[i].variantIds = *op.patch.variantIds;
            if (position) {
                if (absolute())
                    m_list[i].position = *position;
                else
                    moveTo(i, *position);
            }
            return true;
        }
        }
        return fail(why, QStringLiteral("unknown op"));
    }

    // The gallery in display order, as the store reports it (absolute: stable sort by value;
    // shift: positions renumbered from firstPosition).
    Gallery gallery() const {
        Gallery g = m_list;
        if (absolute()) {
            std::stable_sort(g.begin(), g.end(), [](const ProductImage &a, const ProductImage &b) {
                return a.position < b.position;
            });
        } else {
            for (qsizetype i = 0; i < g.size(); ++i)
                g[i].position = m_caps.firstPosition + int(i);
        }
        return g;
    }
    // The store id of a created image.
    QString idOfLocalKey(const QString &key) const { return m_localKeys.value(key); }
    bool absolute() const { return m_caps.ordering == OrderingSemantics::Absolute; }

private:
    static bool fail(QString *why, const QString &reason) {
        if (why)
            *why = reason;
        return false;
    }
    qsizetype indexOf(const QString &id) const {
        for (qsizetype i = 0; i < m_list.size(); ++i)
            if (m_list[i].id == id)
                return i;
        return -1;
    }
    int maxValue() const {
        int v = m_caps.lowestPosition() - 1;
        for (const ProductImage &image : m_list)
            v = std::max(v, image.position);
        return v;
    }
    void moveTo(qsizetype from, int position) {
        ProductImage image = m_list.takeAt(from);
        const qsizetype to =
            std::clamp<qsizetype>(position - m_caps.firstPosition, 0, m_list.size());
        m_list.insert(to, image);
    }

    StoreCapabilities m_caps;
    Gallery m_list;
    QHash<QString, ProductImage> m_lastRead;
    QHash<QString, QString> m_localKeys;
    int m_created = 0;
};

} // namespace vitrine::test
