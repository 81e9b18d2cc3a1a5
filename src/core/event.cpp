#include <crisis/event.hpp>

#include <openssl/evp.h>

#include <array>
#include <memory>
#include <stdexcept>

namespace crisis {

std::string genesisHash() {
    return std::string(64, '0');
}

std::string canonicalJson(const nlohmann::json& value) {
    // nlohmann::json keeps object keys sorted, so dump() is already canonical.
    return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::strict);
}

std::string canonicalEventText(const Event& event, std::string_view payloadText) {
    // Byte-identical to canonicalJson of {seq, incident, at, actor, kind} (keys sorted), built
    // by hand because verify() hashes every event of the log and a json object per event
    // dominated its run time.
    const auto quoted = [](const std::string& s) { return nlohmann::json(s).dump(); };
    std::string text;
    text.reserve(payloadText.size() + 160);
    text += "{\"actor\":";
    text += quoted(event.actor);
    text += ",\"at\":\"";
    text += formatInstant(event.at);
    text += "\",\"incident\":";
    text += std::to_string(event.incident);
    text += ",\"kind\":";
    text += quoted(event.kind);
    text += ",\"seq\":";
    text += std::to_string(event.seq);
    text += "}\n";
    text += payloadText;
    return text;
}

std::string eventHash(std::string_view prevHash, std::string_view canonicalText) {
    const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int length = 0;
    if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) != 1 ||
        EVP_DigestUpdate(ctx.get(), prevHash.data(), prevHash.size()) != 1 ||
        EVP_DigestUpdate(ctx.get(), "\n", 1) != 1 ||
        EVP_DigestUpdate(ctx.get(), canonicalText.data(), canonicalText.size()) != 1 ||
        EVP_DigestFinal_ex(ctx.get(), digest.data(), &length) != 1)
        throw std::runtime_error("OpenSSL SHA-256 failed");
    static constexpr char hex[] = "0123456789abcdef";
    std::string out;
    out.reserve(length * 2);
    for (unsigned int i = 0; i < length; ++i) {
        out += hex[digest[i] >> 4];
        out += hex[digest[i] & 0xF];
    }
    return out;
}

} // namespace crisis
