#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace vitrine {

// The store's own words in an error answer, whatever the shape. Stores say it in many ways:
//   generic   {status, error, message, errors:[{field, message}]}, or details instead of errors,
//             or only {status, error}
//   SHOPLINE  {"errors": "Too many request"}
//   Shoplazza {"errors": ["Product not found"]} or {"error": "store is not active"}
//   Rails-like {"errors": {"alt": ["is too long"]}}
// Every part is optional and any part may have the wrong type; parse() never fails.
struct ErrorBody {
    QString message;         // one line: message, else error(s), else details
    QStringList fieldErrors; // "field: message"

    static ErrorBody parse(const QByteArray &body);
};

} // namespace vitrine
