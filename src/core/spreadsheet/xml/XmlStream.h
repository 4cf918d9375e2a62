// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spreadsheet/Workbook.h"
#include "spreadsheet/xml/XmlScanner.h"

#include <QString>
#include <functional>
#include <string_view>
#include <vector>

class QIODevice;

namespace attendance {

class ZipArchive;

/// Streams one XML part of a workbook, token by token, with the checks every part needs: no DTD
/// (Office files never have one, and entity tricks start there), at most
/// ReadLimits::MaxXmlDepth levels, a prompt stop on cancellation, progress as bytes of the
/// part read. Names are local names, text and values UTF-8, all valid only during the handler.
///
/// Parts read with Names::Local (every .xlsx part) go through XmlScanner when they are UTF-8, as
/// they always are in practice; others through expat. QXmlStreamReader is not used for speed: on
/// the 24 MB sheet of bench_xlsx_read it alone takes 1.1 s of CPU, a third of what openpyxl needs
/// for the whole workbook; expat takes 0.17 s and XmlScanner a fraction of that.
class XmlStream final : private XmlScanner::Sink
{
public:
    /// Takes each token; returns false with an error to stop.
    using Handler = std::function<bool(const XmlStream &xml, QString *error)>;
    using Attribute = XmlScanner::Attribute;

    /// How names are given.
    enum class Names {
        Resolved, ///< namespaceUri() and Attribute::qualifier are namespace URIs
        Local, ///< namespaceUri() is empty and Attribute::qualifier the prefix, if any
    };

    /// Streams the entry `path` of `zip` through `handle`, then verifies the entry's checksum.
    /// With `done`, progress is reported against `total` and `done` advances by the entry's size.
    /// On failure, `failed` gets the error (and whether it was a cancellation).
    static bool readPart(ZipArchive &zip, const QString &path, Names names,
        const ReadControl &control, qint64 *done, qint64 total, const Handler &handle,
        Workbook *failed);

    bool isStart() const { return m_token == Token::Start; }
    bool isEnd() const { return m_token == Token::End; }
    bool isText() const { return m_token == Token::Text; }
    std::string_view name() const { return m_name; }
    std::string_view namespaceUri() const { return m_namespace; }
    std::string_view text() const { return m_text; }
    /// Elements open around the current token; a start element counts itself, an end one not.
    int depth() const { return m_depth; }

    int attributeCount() const { return int(m_attributes->size()); }
    const Attribute &attributeAt(int index) const { return (*m_attributes)[size_t(index)]; }
    /// The value of the start element's attribute with this name and no qualifier, or empty.
    std::string_view attribute(std::string_view name) const;
    /// The value of the start element's attribute with this qualifier and name, or empty.
    std::string_view attribute(std::string_view qualifier, std::string_view name) const;

    XmlStream(const XmlStream &) = delete;
    XmlStream &operator=(const XmlStream &) = delete;

private:
    enum class Token { None, Start, End, Text };
    struct Expat;

    XmlStream(const QString &part, Names names, const Handler &handle);
    bool deliver(Token token);
    bool startElement(std::string_view qualifier, std::string_view name,
        const std::vector<Attribute> &attributes) override;
    bool endElement(std::string_view qualifier, std::string_view name) override;
    bool text(std::string_view text) override;
    /// Parses the rest of the part after `first`; false with m_error (or `failed`) set.
    bool scan(QIODevice *device, QByteArray first, const ReadControl &control, qint64 base,
        qint64 total, Workbook *failed);
    bool parseWithExpat(QIODevice *device, const QByteArray &first, const ReadControl &control,
        qint64 base, qint64 total, Workbook *failed);

    QString m_part;
    bool m_resolve;
    const Handler &m_handle;
    Token m_token = Token::None;
    std::string_view m_name;
    std::string_view m_namespace;
    std::string_view m_text;
    const std::vector<Attribute> *m_attributes;
    std::vector<Attribute> m_expatAttributes;
    int m_depth = 0;
    QString m_error;
};

} // namespace attendance
