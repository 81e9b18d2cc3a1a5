#pragma once
// Decoding UTF-8 one code point at a time: the core counts characters (channel limits) and
// walks Chinese text (lexicon matching) by code point, never by byte.

#include <cstddef>
#include <string>
#include <string_view>

namespace crisis::detail {

/// One decoded code point and how many bytes it took. Invalid, overlong or truncated
/// sequences decode as U+FFFD taking one byte, so a walk always advances.
struct CodePoint {
    char32_t value = 0;
    std::size_t size = 1;
};

inline CodePoint decodeUtf8(std::string_view text, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char b0 = byte(i);
    if (b0 < 0x80)
        return {b0, 1};
    std::size_t size = 0;
    char32_t value = 0;
    char32_t minimum = 0;
    if ((b0 & 0xE0) == 0xC0) {
        size = 2, value = b0 & 0x1F, minimum = 0x80;
    } else if ((b0 & 0xF0) == 0xE0) {
        size = 3, value = b0 & 0x0F, minimum = 0x800;
    } else if ((b0 & 0xF8) == 0xF0) {
        size = 4, value = b0 & 0x07, minimum = 0x10000;
    } else {
        return {0xFFFD, 1};
    }
    if (i + size > text.size())
        return {0xFFFD, 1};
    for (std::size_t k = 1; k < size; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80)
            return {0xFFFD, 1};
        value = (value << 6) | (byte(i + k) & 0x3F);
    }
    if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        return {0xFFFD, 1};
    return {value, size};
}

/// True for CJK ideographs (the scripts matched against the lexicon without word breaks).
inline bool isCjk(char32_t c) {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0x20000 && c <= 0x2A6DF);
}

/// Pictographs and symbols used as emoji.
inline bool isEmoji(char32_t c) {
    return (c >= 0x1F300 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF);
}

} // namespace crisis::detail
