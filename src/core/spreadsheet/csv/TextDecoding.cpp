// SPDX-License-Identifier: GPL-3.0-or-later
#include "spreadsheet/csv/TextDecoding.h"

#include "Logging.h"

#include <QStringDecoder>
#include <algorithm>
#include <memory>
#include <uchardet.h>

namespace attendance {

namespace {

// uchardet reads more slowly than we decode; a few megabytes are plenty to tell.
constexpr qsizetype DetectionSample = 4 * 1024 * 1024;

/// UTF-16 saved without a BOM shows as ASCII bytes paired with NULs; which half of the pair holds
/// the NUL tells the byte order.
std::optional<TextEncoding::Kind> sniffUtf16WithoutBom(QByteArrayView data)
{
    const qsizetype sample = std::min<qsizetype>(data.size(), 4096) & ~qsizetype(1);
    if (sample < 4)
        return std::nullopt;
    int evenNuls = 0;
    int oddNuls = 0;
    for (qsizetype i = 0; i < sample; i += 2) {
        evenNuls += data[i] == '\0';
        oddNuls += data[i + 1] == '\0';
    }
    const int pairs = int(sample / 2);
    // Mostly-ASCII text: nearly every pair has a NUL in the same half and never in the other.
    if (oddNuls * 10 >= pairs * 9 && evenNuls == 0)
        return TextEncoding::Kind::Utf16LE;
    if (evenNuls * 10 >= pairs * 9 && oddNuls == 0)
        return TextEncoding::Kind::Utf16BE;
    return std::nullopt;
}

TextEncoding windows1252()
{
    return {TextEncoding::Kind::Other, QStringLiteral("windows-1252"), 0};
}

// Shown to the user as "Mac OS Roman", a name no converter knows; ICU calls it "macintosh" (its
// IANA name) and takes "MacRoman", "x-mac-roman" and "MAC-ROMAN" for it too.
constexpr QStringView MacRomanName = u"Mac OS Roman";
constexpr const char *MacRomanCodec = "macintosh";

TextEncoding macRoman()
{
    return {TextEncoding::Kind::Other, MacRomanName.toString(), 0};
}

bool canDecodeMacRoman()
{
    return QStringDecoder(MacRomanCodec).isValid();
}

/// Whether most line ends are a bare CR, as classic Mac OS wrote them and Excel for Mac still
/// does in "CSV (Macintosh)", the one CSV format it saves in Mac OS Roman. (LFs are counted
/// as line ends too: Excel writes the line breaks inside a cell as LF.)
bool hasMacLineEnds(QByteArrayView sample)
{
    qsizetype bareCr = 0;
    qsizetype lf = 0;
    for (qsizetype i = 0; i < sample.size(); ++i) {
        if (sample[i] == '\n')
            ++lf;
        else if (sample[i] == '\r' && (i + 1 == sample.size() || sample[i + 1] != '\n'))
            ++bareCr;
    }
    return bareCr > lf;
}

/// Code pages for languages written in the Latin alphabet: where uchardet most often confuses
/// one for another on a short file.
bool isLatinCodePage(QByteArrayView upper)
{
    static constexpr const char *latin[] = {"WINDOWS-1250", "WINDOWS-1252", "WINDOWS-1254",
        "WINDOWS-1257", "WINDOWS-1258", "ISO-8859-1", "ISO-8859-2", "ISO-8859-3", "ISO-8859-4",
        "ISO-8859-9", "ISO-8859-10", "ISO-8859-13", "ISO-8859-14", "ISO-8859-15", "ISO-8859-16",
        "MAC-CENTRALEUROPE", "IBM852", "MAC-ROMAN"};
    return std::any_of(std::begin(latin), std::end(latin),
        [&](const char *name) { return upper == QByteArrayView(name); });
}

bool isQuoteOrSpace(char16_t c)
{
    return c == 0x00A0 || c == 0x00AB || c == 0x00BB || c == 0x00A1 || c == 0x00BF
        || (c >= 0x2018 && c <= 0x201F);
}

/// How badly a decoding reads: characters that cannot occur in text (controls, U+FFFD) count
/// most; symbols glued to letters ("Å³ódŸ" for "Łódź") count too, and so does a capital
/// accented letter right after a small one ("RenŽ" for "René" read in the wrong one of Mac OS
/// Roman and windows-1252, "JosÈ" in the other). Accented letters and the typographic quotes
/// and marks of Western European text count nothing.
qsizetype junkScore(QStringView text)
{
    qsizetype score = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (u < 0x80)
            continue;
        if (u == 0xFFFD || (u >= 0x80 && u < 0xA0)) {
            score += 4;
            continue;
        }
        if (c.isUpper() && i > 0 && text.at(i - 1).isLower()) {
            ++score;
            continue;
        }
        if (c.isLetterOrNumber() || c.isMark() || isQuoteOrSpace(u))
            continue;
        const bool letterBefore = i > 0 && text.at(i - 1).isLetter();
        const bool letterAfter = i + 1 < text.size() && text.at(i + 1).isLetter();
        if (letterBefore || letterAfter)
            ++score;
    }
    return score;
}

/// uchardet's answer, or an empty name when it has none.
QByteArray askUchardet(QByteArrayView data)
{
    const std::unique_ptr<std::remove_pointer_t<uchardet_t>, decltype(&uchardet_delete)> detector(
        uchardet_new(), &uchardet_delete);
    if (!detector)
        return {};
    const QByteArrayView sample = data.first(std::min(data.size(), DetectionSample));
    if (uchardet_handle_data(detector.get(), sample.data(), size_t(sample.size())) != 0)
        return {};
    uchardet_data_end(detector.get());
    return QByteArray(uchardet_get_charset(detector.get())).toUpper();
}

TextEncoding detectLegacy(QByteArrayView data)
{
    const QByteArray answer = askUchardet(data);
    qCDebug(lcImport) << "Not UTF-8; uchardet says" << answer;

    // ASCII or UTF-8 cannot be right for bytes that failed UTF-8; ISO-8859-1 is read as its
    // superset windows-1252, as browsers do.
    std::optional<TextEncoding> latinGuess; // another Latin code page than windows-1252
    if (!answer.isEmpty() && answer != "ASCII" && answer != "UTF-8" && answer != "ISO-8859-1"
        && answer != "WINDOWS-1252" && QStringDecoder(answer.constData()).isValid()) {
        TextEncoding guess {TextEncoding::Kind::Other, QString::fromLatin1(answer), 0};
        if (answer.startsWith("WINDOWS-"))
            guess.name = QStringLiteral("windows-") + QString::fromLatin1(answer.sliced(8));
        else if (answer == "SHIFT_JIS")
            guess.name = QStringLiteral("Shift_JIS");
        else if (answer == "MAC-ROMAN")
            guess = macRoman();
        if (!isLatinCodePage(answer))
            return guess;
        latinGuess = guess;
    }
    const QByteArrayView sample = data.first(std::min<qsizetype>(data.size(), 1024 * 1024));
    const bool macLineEnds = hasMacLineEnds(sample) && canDecodeMacRoman();
    if (!latinGuess && !macLineEnds)
        return windows1252();

    // A short German or French file is easily taken for Central European; windows-1252 is the
    // code page of most spreadsheets we see, so the other one has to read clearly better.
    const auto junkIn
        = [&](const TextEncoding &encoding) { return junkScore(decodeText(sample, encoding)); };
    const qsizetype westernJunk = junkIn(windows1252());
    const qsizetype latinJunk = latinGuess ? junkIn(*latinGuess) : westernJunk;

    // uchardet does not tell Mac OS Roman (0.0.7, Debian 12's, never answers it): a file Excel
    // for Mac saved as "CSV (Macintosh)" comes back as ISO-8859-1, or as Mac Central European
    // when short, and windows-1252 reads "René" as "RenŽ". Bare-CR line ends are the sign. Mac
    // OS Roman must still read better than windows-1252; against uchardet's other guess, a tie
    // goes to the line ends, the surer sign on a short file.
    if (macLineEnds) {
        const qsizetype macJunk = junkIn(macRoman());
        if (macJunk < westernJunk && macJunk <= latinJunk)
            return macRoman();
    }
    return latinGuess && latinJunk < westernJunk ? *latinGuess : windows1252();
}

} // namespace

TextEncoding detectTextEncoding(QByteArrayView data)
{
    if (data.startsWith("\xEF\xBB\xBF"))
        return {TextEncoding::Kind::Utf8, QStringLiteral("UTF-8"), 3};
    if (data.startsWith("\xFF\xFE"))
        return {TextEncoding::Kind::Utf16LE, QStringLiteral("UTF-16LE"), 2};
    if (data.startsWith("\xFE\xFF"))
        return {TextEncoding::Kind::Utf16BE, QStringLiteral("UTF-16BE"), 2};
    if (const auto utf16 = sniffUtf16WithoutBom(data)) {
        return {*utf16,
            *utf16 == TextEncoding::Kind::Utf16LE ? QStringLiteral("UTF-16LE")
                                                  : QStringLiteral("UTF-16BE"),
            0};
    }
    if (data.isValidUtf8())
        return {TextEncoding::Kind::Utf8, QStringLiteral("UTF-8"), 0};
    return detectLegacy(data);
}

std::optional<TextEncoding> textEncodingNamed(const QString &name)
{
    QString key = name.trimmed().toUpper();
    key.remove(u'-').remove(u'_').remove(u' ');
    if (key == u"UTF8")
        return TextEncoding {TextEncoding::Kind::Utf8, QStringLiteral("UTF-8"), 0};
    if (key == u"UTF16LE")
        return TextEncoding {TextEncoding::Kind::Utf16LE, QStringLiteral("UTF-16LE"), 0};
    if (key == u"UTF16BE")
        return TextEncoding {TextEncoding::Kind::Utf16BE, QStringLiteral("UTF-16BE"), 0};
    if (key == u"UTF16" || key == u"UCS2")
        return TextEncoding {TextEncoding::Kind::Other, QStringLiteral("UTF-16"), 0};
    if (key == u"ISO88591" || key == u"LATIN1")
        return TextEncoding {TextEncoding::Kind::Other, QStringLiteral("ISO-8859-1"), 0};
    if (key == u"MACOSROMAN" || key == u"MACROMAN" || key == u"MACINTOSH" || key == u"XMACROMAN")
        return canDecodeMacRoman() ? std::optional(macRoman()) : std::nullopt;

    // Anything else the platform knows (ICU on Linux: windows-1252, Shift_JIS, ...).
    const QByteArray latin = name.trimmed().toLatin1();
    if (latin.isEmpty())
        return std::nullopt;
    const QStringDecoder named(latin.constData());
    if (!named.isValid())
        return std::nullopt;
    if (qstricmp(named.name(), MacRomanCodec) == 0) // another alias ICU knows ("csMacintosh")
        return macRoman();
    return TextEncoding {TextEncoding::Kind::Other, QString::fromLatin1(named.name()), 0};
}

QString decodeText(QByteArrayView data, const TextEncoding &encoding)
{
    const QByteArrayView body = data.sliced(std::min(encoding.bomSize, data.size()));
    QStringDecoder decoder;
    switch (encoding.kind) {
    case TextEncoding::Kind::Utf8:
        decoder = QStringDecoder(QStringConverter::Utf8);
        break;
    case TextEncoding::Kind::Utf16LE:
        decoder = QStringDecoder(QStringConverter::Utf16LE);
        break;
    case TextEncoding::Kind::Utf16BE:
        decoder = QStringDecoder(QStringConverter::Utf16BE);
        break;
    case TextEncoding::Kind::Other:
        if (encoding.name == u"UTF-16")
            decoder = QStringDecoder(QStringConverter::Utf16);
        else if (encoding.name == u"ISO-8859-1")
            decoder = QStringDecoder(QStringConverter::Latin1);
        else if (encoding.name == MacRomanName)
            decoder = QStringDecoder(MacRomanCodec);
        else
            decoder = QStringDecoder(encoding.name.toLatin1().constData());
        break;
    }
    QString text = decoder.decode(body);
    // Qt skips a BOM for its built-in codecs; ICU-backed ones may keep it.
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    if (decoder.hasError())
        qCDebug(lcImport) << "Some bytes are not valid" << encoding.name << "; kept as U+FFFD";
    return text;
}

} // namespace attendance
