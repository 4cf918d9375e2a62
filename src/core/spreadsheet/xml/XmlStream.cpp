// SPDX-License-Identifier: GPL-3.0-or-later
#include "spreadsheet/xml/XmlStream.h"

#include "spreadsheet/WorkbookError.h"
#include "spreadsheet/xml/XmlText.h"
#include "spreadsheet/zip/ZipArchive.h"

#include <QCoreApplication>
#include <QIODevice>
#include <cstring>
#include <expat.h>

namespace attendance {

namespace {

// Big enough to keep the parser busy, small enough that a cancellation is seen within
// milliseconds and progress moves smoothly.
constexpr qint64 ChunkSize = 256 * 1024;
// Expat joins a namespace and a local name with this; it never occurs in a name or URI.
constexpr char NamespaceSeparator = '\x01';

std::pair<std::string_view, std::string_view> split(const char *qualified, char mark)
{
    const char *separator = nullptr;
    const char *end = qualified;
    for (; *end; ++end) {
        if (*end == mark)
            separator = end;
    }
    if (!separator)
        return {{}, std::string_view(qualified, size_t(end - qualified))};
    return {std::string_view(qualified, size_t(separator - qualified)),
        std::string_view(separator + 1, size_t(end - separator - 1))};
}

QString notWellFormed(const QString &part, qint64 line)
{
    return WorkbookError::damaged(part,
        QCoreApplication::translate(
            "attendance::SpreadsheetReader", "its XML is not well-formed at line %1")
            .arg(line));
}

QString doctype(const QString &part)
{
    return WorkbookError::damaged(
        part, QCoreApplication::translate("attendance::SpreadsheetReader", "it declares a DTD"));
}

} // namespace

/// Owns an expat parser and forwards its callbacks to the stream.
struct XmlStream::Expat
{
    Expat(XmlStream *stream, bool resolve)
        : parser(
            resolve ? XML_ParserCreateNS(nullptr, NamespaceSeparator) : XML_ParserCreate(nullptr))
        , separator(resolve ? NamespaceSeparator : ':')
        , stream(stream)
    {
        XML_SetUserData(parser, this);
        XML_SetParamEntityParsing(parser, XML_PARAM_ENTITY_PARSING_NEVER);
        XML_SetElementHandler(parser, &onStart, &onEnd);
        XML_SetCharacterDataHandler(parser, &onText);
        XML_SetStartDoctypeDeclHandler(parser, &onDoctype);
    }
    ~Expat() { XML_ParserFree(parser); }
    Expat(const Expat &) = delete;
    Expat &operator=(const Expat &) = delete;

    static Expat *of(void *data) { return static_cast<Expat *>(data); }
    void stop() { XML_StopParser(parser, XML_FALSE); }

    static void XMLCALL onStart(void *data, const char *qualified, const char **attributes)
    {
        Expat *expat = of(data);
        std::vector<Attribute> &list = expat->stream->m_expatAttributes;
        list.clear();
        for (; *attributes; attributes += 2) {
            const auto [qualifier, name] = split(attributes[0], expat->separator);
            list.push_back({qualifier, name, std::string_view(attributes[1])});
        }
        const auto [qualifier, name] = split(qualified, expat->separator);
        if (!expat->stream->startElement(qualifier, name, list))
            expat->stop();
    }

    static void XMLCALL onEnd(void *data, const char *qualified)
    {
        Expat *expat = of(data);
        const auto [qualifier, name] = split(qualified, expat->separator);
        if (!expat->stream->endElement(qualifier, name))
            expat->stop();
    }

    static void XMLCALL onText(void *data, const char *text, int length)
    {
        Expat *expat = of(data);
        if (!expat->stream->text(std::string_view(text, size_t(length))))
            expat->stop();
    }

    static void XMLCALL onDoctype(void *data, const char *, const char *, const char *, int)
    {
        Expat *expat = of(data);
        expat->stream->m_error = doctype(expat->stream->m_part);
        expat->stop();
    }

    XML_Parser parser;
    char separator;
    XmlStream *stream;
};

XmlStream::XmlStream(const QString &part, Names names, const Handler &handle)
    : m_part(part)
    , m_resolve(names == Names::Resolved)
    , m_handle(handle)
    , m_attributes(&m_expatAttributes)
{ }

bool XmlStream::deliver(Token token)
{
    m_token = token;
    return m_handle(*this, &m_error);
}

bool XmlStream::startElement(
    std::string_view qualifier, std::string_view name, const std::vector<Attribute> &attributes)
{
    if (++m_depth > ReadLimits::MaxXmlDepth) {
        m_error = WorkbookError::tooDeep(m_part);
        return false;
    }
    m_namespace = m_resolve ? qualifier : std::string_view();
    m_name = name;
    m_attributes = &attributes;
    return deliver(Token::Start);
}

bool XmlStream::endElement(std::string_view qualifier, std::string_view name)
{
    --m_depth;
    m_namespace = m_resolve ? qualifier : std::string_view();
    m_name = name;
    m_attributes = &m_expatAttributes;
    m_expatAttributes.clear();
    return deliver(Token::End);
}

bool XmlStream::text(std::string_view text)
{
    m_text = text;
    return deliver(Token::Text);
}

std::string_view XmlStream::attribute(std::string_view name) const
{
    for (const Attribute &attribute : *m_attributes) {
        if (attribute.name == name && attribute.qualifier.empty())
            return attribute.value;
    }
    return {};
}

std::string_view XmlStream::attribute(std::string_view qualifier, std::string_view name) const
{
    for (const Attribute &attribute : *m_attributes) {
        if (attribute.name == name && attribute.qualifier == qualifier)
            return attribute.value;
    }
    return {};
}

bool XmlStream::scan(QIODevice *device, QByteArray buffer, const ReadControl &control, qint64 base,
    qint64 total, Workbook *failed)
{
    XmlScanner scanner(this, ReadLimits::MaxXmlDepth);
    qsizetype filled = buffer.size();
    bool last = false;
    for (;;) {
        const size_t used = scanner.feed(buffer.constData(), size_t(filled), last);
        switch (scanner.status()) {
        case XmlScanner::Status::Ok:
            break;
        case XmlScanner::Status::Stopped:
            return false; // m_error has the handler's reason
        case XmlScanner::Status::Doctype:
            m_error = doctype(m_part);
            return false;
        case XmlScanner::Status::TooDeep:
            m_error = WorkbookError::tooDeep(m_part);
            return false;
        case XmlScanner::Status::TokenTooLong:
        case XmlScanner::Status::SyntaxError:
            m_error = notWellFormed(m_part, scanner.line());
            return false;
        }
        if (last)
            return true;
        // Keep what was not used (an unfinished tag) and read more after it.
        const qsizetype kept = filled - qsizetype(used);
        std::memmove(buffer.data(), buffer.constData() + used, size_t(kept));
        if (buffer.size() < kept + ChunkSize)
            buffer.resize(kept + ChunkSize);
        if (control.isCancelled()) {
            failed->cancelled = true;
            m_error = WorkbookError::cancelled();
            return false;
        }
        const qint64 got = device->read(buffer.data() + kept, ChunkSize);
        if (got < 0) {
            m_error = WorkbookError::damagedZip();
            return false;
        }
        filled = kept + got;
        last = got == 0;
        if (total >= 0)
            control.report(base + device->pos(), total);
    }
}

bool XmlStream::parseWithExpat(QIODevice *device, const QByteArray &first,
    const ReadControl &control, qint64 base, qint64 total, Workbook *failed)
{
    Expat expat(this, m_resolve);
    QByteArray chunk = first;
    bool last = false;
    for (;;) {
        if (XML_Parse(expat.parser, chunk.constData(), int(chunk.size()), last) != XML_STATUS_OK) {
            if (m_error.isEmpty()) {
                m_error = WorkbookError::damaged(m_part,
                    QCoreApplication::translate("attendance::SpreadsheetReader", "%1 at line %2")
                        .arg(QString::fromLatin1(XML_ErrorString(XML_GetErrorCode(expat.parser))))
                        .arg(XML_GetCurrentLineNumber(expat.parser)));
            }
            return false;
        }
        if (last)
            return true;
        if (control.isCancelled()) {
            failed->cancelled = true;
            m_error = WorkbookError::cancelled();
            return false;
        }
        chunk = device->read(ChunkSize);
        last = chunk.isEmpty();
        if (total >= 0)
            control.report(base + device->pos(), total);
    }
}

bool XmlStream::readPart(ZipArchive &zip, const QString &path, Names names,
    const ReadControl &control, qint64 *done, qint64 total, const Handler &handle, Workbook *failed)
{
    std::unique_ptr<QIODevice> device = zip.openEntry(path);
    if (!device) {
        failed->error = zip.error();
        return false;
    }
    const qint64 size = device->size();
    const qint64 base = done ? *done : 0;
    const qint64 reportTotal = done ? total : -1;
    XmlStream stream(path, names, handle);
    const QByteArray first = device->read(ChunkSize);
    const bool parsed = names == Names::Local
            && XmlText::acceptsEncoding(std::string_view(first.constData(), size_t(first.size())))
        ? stream.scan(device.get(), first, control, base, reportTotal, failed)
        : stream.parseWithExpat(device.get(), first, control, base, reportTotal, failed);
    if (!parsed) {
        // Bad compressed data shows as broken XML: name the real cause.
        const bool broken = !failed->cancelled && zip.failedEntry(device.get());
        failed->error = broken ? zip.error() : stream.m_error;
        return false;
    }
    if (!zip.closeEntry(std::move(device))) {
        failed->error = zip.error();
        return false;
    }
    if (done) {
        *done = base + size;
        control.report(*done, total);
    }
    return true;
}

} // namespace attendance
