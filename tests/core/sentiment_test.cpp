#include <crisis/error.hpp>
#include <crisis/sentiment.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <vector>

using namespace crisis;

namespace {

SentimentLabel labelOf(const std::string& text) {
    static const SentimentScorer scorer;
    return scorer.score(text).label;
}

double scoreOf(const std::string& text) {
    static const SentimentScorer scorer;
    return scorer.score(text).score;
}

// Accuracy over tests/data/<file>: "label<TAB>text" lines.
double accuracy(const char* file, std::map<std::string, int>* confusion = nullptr) {
    std::ifstream in(std::filesystem::path(SOURCE_DIR) / "tests" / "data" / file);
    REQUIRE(in);
    std::string line;
    int total = 0;
    int right = 0;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#')
            continue;
        const auto tab = line.find('\t');
        const std::string expected = line.substr(0, tab);
        const std::string got(sentimentLabelName(labelOf(line.substr(tab + 1))));
        ++total;
        right += expected == got;
        if (confusion)
            ++(*confusion)[expected + "->" + got];
    }
    REQUIRE(total >= 200);
    return static_cast<double>(right) / total;
}

} // namespace

TEST_CASE("Sentiment: lexicon words in English and Chinese") {
    CHECK(labelOf("This is a scam") == SentimentLabel::Negative);
    CHECK(labelOf("Thanks, great support") == SentimentLabel::Positive);
    CHECK(labelOf("When is the next update?") == SentimentLabel::Neutral);
    CHECK(labelOf("骗子") == SentimentLabel::Negative);
    CHECK(labelOf("谢谢,很满意") == SentimentLabel::Positive);
    CHECK(labelOf("请问什么时候发货") == SentimentLabel::Neutral);
    CHECK(scoreOf("terrible") >= -1.0);
    CHECK(scoreOf("great great great great great great great") <= 1.0);
}

TEST_CASE("Sentiment: negation turns the next sentiment word around") {
    CHECK(labelOf("good") == SentimentLabel::Positive);
    CHECK(labelOf("not good") == SentimentLabel::Negative);
    CHECK(labelOf("never happy with them") == SentimentLabel::Negative);
    CHECK(labelOf("not bad at all") == SentimentLabel::Positive);
    CHECK(labelOf("好") == SentimentLabel::Positive);
    CHECK(labelOf("不好") == SentimentLabel::Negative);
    CHECK(labelOf("没有问题") == SentimentLabel::Positive); // 没 + 问题 (a problem) → no problem
    CHECK(labelOf("别担心") == SentimentLabel::Positive);
    // A sentence boundary ends the negation's reach.
    CHECK(scoreOf("not. good") > 0);
}

TEST_CASE("Sentiment: intensifiers strengthen, contrast shifts the weight to what follows") {
    CHECK(scoreOf("very bad") < scoreOf("bad"));
    CHECK(scoreOf("extremely good") > scoreOf("good"));
    CHECK(scoreOf("非常失望") < scoreOf("失望"));
    CHECK(scoreOf("太慢") < 0);
    CHECK(scoreOf("好慢") < 0); // 好 as "very" before a negative word
    CHECK(labelOf("The packaging was nice but the product is broken") == SentimentLabel::Negative);
    CHECK(labelOf("It was late, but support was great and helpful") == SentimentLabel::Positive);
    CHECK(labelOf("包装不错,但是质量太差") == SentimentLabel::Negative);
    CHECK(labelOf("物流有点慢,不过客服很耐心") == SentimentLabel::Positive);
}

TEST_CASE("Sentiment: emoji, emoticons and exclamation marks") {
    CHECK(labelOf("😡") == SentimentLabel::Negative);
    CHECK(labelOf("👍") == SentimentLabel::Positive);
    CHECK(labelOf("❤️") == SentimentLabel::Positive); // with the emoji presentation selector
    CHECK(labelOf("delivered :)") == SentimentLabel::Positive);
    CHECK(labelOf("delivered :(") == SentimentLabel::Negative);
    CHECK(labelOf("收到了 😭😭") == SentimentLabel::Negative);
    CHECK(scoreOf("bad!!!") < scoreOf("bad"));
}

namespace {

// The shipped entries that are emoticons or emoji (not words): any ASCII punctuation other
// than ' and -, or a symbol/emoji lead byte (U+2xxx dingbats, U+1Fxxx pictographs).
std::vector<std::pair<std::string, double>> shippedEmoticons() {
    std::vector<std::pair<std::string, double>> out;
    for (const char* file : {"crisis_en.tsv", "crisis_zh.tsv"}) {
        std::ifstream in(std::filesystem::path(SOURCE_DIR) / "resources" / "lexicons" / file);
        REQUIRE(in);
        std::string line;
        while (std::getline(in, line)) {
            const auto tab = line.find('\t');
            if (line.empty() || line[0] == '#' || tab == std::string::npos)
                continue;
            const std::string key = line.substr(0, tab);
            const bool symbol = std::any_of(key.begin(), key.end(), [](char ch) {
                const auto c = static_cast<unsigned char>(ch);
                return (c < 0x80 && !std::isalnum(c) && c != '\'' && c != '-' && c != ' ') || c == 0xE2 ||
                       c == 0xF0;
            });
            if (symbol)
                out.emplace_back(key, std::stod(line.substr(tab + 1)));
        }
    }
    return out;
}

} // namespace

TEST_CASE("Sentiment: every shipped emoticon and emoji counts in a sentence in both languages") {
    const auto emoticons = shippedEmoticons();
    // The shipped ASCII emoticons are all there, not only the emoji.
    REQUIRE(emoticons.size() >= 30);
    for (const char* ascii : {":)", ":-)", ":(", ":-(", ":D", ":'(", "<3", ":/"})
        CHECK(
            std::any_of(emoticons.begin(), emoticons.end(), [&](const auto& e) { return e.first == ascii; }));
    CHECK(scoreOf("the parcel came") == 0.0);
    CHECK(scoreOf("包裹到了") == 0.0);
    for (const auto& [emoticon, value] : emoticons) {
        const auto expected = value > 0 ? SentimentLabel::Positive : SentimentLabel::Negative;
        std::vector<std::string> sentences{"the parcel came " + emoticon, "the parcel came" + emoticon,
                                           emoticon + " the parcel came", "(" + emoticon + ")",
                                           "包裹到了 " + emoticon,        "包裹到了" + emoticon,
                                           emoticon + "包裹到了",         "包裹到了，" + emoticon + "。"};
        // Glued to a following word only when it cannot be read as part of it (":Dthe" could be
        // "Note:Done").
        const char last = emoticon.back();
        if (!std::isalnum(static_cast<unsigned char>(last)) && last != '/')
            sentences.push_back(emoticon + "the parcel came");
        for (const auto& sentence : sentences) {
            INFO(sentence);
            CHECK(labelOf(sentence) == expected);
        }
    }
    // The brief's own examples, and an emoticon adding to the words around it.
    CHECK(labelOf("sad :-(") == SentimentLabel::Negative);
    CHECK(labelOf("收到了 :D") == SentimentLabel::Positive);
    CHECK(scoreOf("thanks :-)") > scoreOf("thanks"));
    CHECK(scoreOf("太慢了 :'(") < scoreOf("太慢了"));
}

TEST_CASE("Sentiment: emoticons match as written and not inside words, links or numbers") {
    CHECK(labelOf(":D") == SentimentLabel::Positive);
    CHECK(labelOf(":d") == SentimentLabel::Neutral); // the shipped entry is :D
    CHECK(labelOf("Note:Done") == SentimentLabel::Neutral);
    CHECK(labelOf("see https://example.com/help") == SentimentLabel::Neutral);
    CHECK(labelOf("file:/tmp/x") == SentimentLabel::Neutral);
    CHECK(labelOf("arrives in <30 minutes") == SentimentLabel::Neutral);
    CHECK(labelOf("at 12:30") == SentimentLabel::Neutral);
    CHECK(labelOf("hmm :/") == SentimentLabel::Negative);
    CHECK(labelOf("i <3 it") == SentimentLabel::Positive);
    // Emoji modifiers change nothing: variation selector, skin tone.
    CHECK(labelOf("👍🏽") == SentimentLabel::Positive);
    CHECK(labelOf("ok ❤️❤️") == SentimentLabel::Positive);

    SentimentScorer scorer;
    scorer.addLexicon(";-)\t1.5\n8-)\t2\nXD\t2\n", "extra.tsv");
    CHECK(scorer.score("see you;-)").label == SentimentLabel::Positive);
    CHECK(scorer.score("cool 8-)").label == SentimentLabel::Positive);
    CHECK(scorer.score("x8-)").label == SentimentLabel::Neutral); // inside a word
    CHECK(scorer.score("xd").label == SentimentLabel::Positive);  // letters only: a word, any case
}

TEST_CASE("Sentiment: Chinese longest match prefers the longest lexicon word") {
    CHECK(labelOf("不错") == SentimentLabel::Positive); // not 不 + 错
    CHECK(labelOf("不满意") == SentimentLabel::Negative);
    CHECK(labelOf("食物中毒了") == SentimentLabel::Negative);
    CHECK(labelOf("产品召回,数据泄露") == SentimentLabel::Negative);
}

TEST_CASE("Sentiment: extra lexicons in word<TAB>score form - bad lines are all reported, nothing added") {
    SentimentScorer scorer;
    const auto before = scorer.size();
    CHECK(scorer.score("zorbly").label == SentimentLabel::Neutral);
    scorer.addLexicon("# custom\nzorbly\t2.5\n糟透\t-3\r\n", "custom.tsv");
    CHECK(scorer.size() == before + 2);
    CHECK(scorer.score("so zorbly").label == SentimentLabel::Positive);
    CHECK(scorer.score("糟透了").label == SentimentLabel::Negative);
    try {
        scorer.addLexicon("ok\t1\nbroken line\nword\tabc\n\t2\nhuge\t99\n", "bad.tsv");
        FAIL("accepted a bad lexicon");
    } catch (const ValidationError& e) {
        REQUIRE(e.problems().size() == 4);
        CHECK(e.problems()[0].pointer == "line 2");
        CHECK(e.problems()[3].pointer == "line 5");
    }
    CHECK(scorer.size() == before + 2);
    CHECK(scorer.score("ok").label == SentimentLabel::Neutral);
}

TEST_CASE("Sentiment accuracy on the labelled posts (200 en, 200 zh)") {
    std::map<std::string, int> en;
    std::map<std::string, int> zh;
    const double accEn = accuracy("sentiment_en.tsv", &en);
    const double accZh = accuracy("sentiment_zh.tsv", &zh);
    std::printf("sentiment accuracy: en %.1f %%, zh %.1f %%\n", accEn * 100, accZh * 100);
    for (const auto& [k, n] : en)
        std::printf("  en %s: %d\n", k.c_str(), n);
    for (const auto& [k, n] : zh)
        std::printf("  zh %s: %d\n", k.c_str(), n);
    CHECK(accEn >= 0.8);
    CHECK(accZh >= 0.8);
}
