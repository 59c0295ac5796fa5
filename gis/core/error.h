#pragma once

#include <QString>
#include <QStringList>

#include <source_location>
#include <variant>
#include <utility>

namespace dpa {

// A problem a user can act on. `file`/`line` point into the data (a package file and its line),
// `featureId` names the feature for geometry problems, and `causes` keeps the text GDAL or PROJ
// gave, so the user sees the library's own words next to ours. `where` is for developers only.
struct Error
{
    QString message;
    QString file;
    int line = 0;
    QString featureId;
    QStringList causes;
    std::source_location where = std::source_location::current();

    static Error at(QString file, int line, QString message,
                    std::source_location where = std::source_location::current());
    static Error inFeature(QString file, QString featureId, QString message,
                           std::source_location where = std::source_location::current());
    static Error plain(QString message, std::source_location where = std::source_location::current());

    Error &withCauses(QStringList more);

    // "file:line: message (cause; cause)" or "file: feature ID: message", the form the CLI
    // prints and the GUI lists.
    QString toString() const;
};

using ErrorList = QList<Error>;

// Value-or-error (std::expected arrives in C++23).
template <typename T>
class Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

} // namespace dpa
