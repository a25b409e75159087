// polarity_test.cc — tests for facts/polarity.h: negators with the predicate each negates, modal
// negation, verbs of not doing, modality markers, negation_span(), polarity_at() and compare().

#include "triangulate/facts/polarity.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "triangulate/facts.h"
#include "triangulate/tokens.h"

namespace {

using tri::Match;
using tri::Negation;
using tri::Polarity;

tri::Facts Extract(std::string_view s) {
  return tri::extract_facts(s, tri::tokenize(s, 0, s.size()));
}

std::string Span(std::string_view s, size_t b, size_t e) {
  return b <= e && e <= s.size() ? std::string(s.substr(b, e - b)) : std::string("<bad span>");
}

// Each negation as "negator>predicate" (with "modal+" before it when there is one), joined by
// " | ".
std::string Describe(std::string_view s, const tri::Facts& f) {
  std::string out;
  for (const Negation& n : f.negations) {
    if (!out.empty()) out += " | ";
    if (n.modal_end > n.modal_begin) out += Span(s, n.modal_begin, n.modal_end) + "+";
    out += Span(s, n.begin, n.end) + ">" + Span(s, n.pred_begin, n.pred_end);
  }
  return out;
}

struct NegationCase {
  const char* text;
  const char* negations;  // as Describe() writes them
};

const NegationCase kNegationCases[] = {
    {"Most league officials are not expected to attend.", "not>expected"},
    {"No foreign minister has opened the fair since 1987.", "No>opened"},
    {"The two men haven't met since June.", "haven't>met"},
    {"The airline has never lost a passenger.", "never>lost"},
    // "going to" and "about to" lead to the verb they announce.
    {"The club is not going to appeal the ban.", "not>appeal"},
    {"The mayor was not about to resign.", "not>resign"},
    {"The club is not going to be appealing the ban.", "not>appealing"},
    {"The toll could not rise further.", "could+not>rise"},
    {"The plan may not pass.", "may+not>pass"},
    {"The toll couldn't rise further.", "couldn't+couldn't>rise"},
    {"The merger has not yet been approved by the board.", "not>approved"},
    {"The merger has yet to be approved.", "yet to>approved"},
    {"The mayor failed to win a majority.", "failed to>win"},
    {"The crash followed the pilot's failure to lower the gear.", "failure to>lower"},
    {"The board refused to sign the deal.", "refused to>sign"},
    {"The minister declined to comment.", "declined to>comment"},
    {"The minister denied that he had resigned.", "denied>resigned"},
    {"The company denied the claims.", "denied>claims"},
    {"The company denied reports that it would cut jobs.", "denied>cut"},
    // A verb of not doing, negated, denies nothing: only the negator is read.
    {"The company did not deny that it would cut jobs.", "not>deny"},
    {"The mayor never refused to meet the families.", "never>refused"},
    {"The agency lacked the authority to act.", "lacked>authority"},
    {"Police cited a lack of evidence.", "lack of>evidence"},
    {"No one was killed in the blast.", "No one>killed"},
    {"Nobody died.", "Nobody>died"},
    {"Nobody disputes that the bridge was unsafe.", "Nobody>disputes"},
    {"None of the passengers were hurt.", "None>hurt"},
    {"None of the mayor's aides picked him.", "None>picked"},
    // A relative pronoun after "of" opens the clause the negation stands in.
    {"The kettle had two small fires, none of which caused injuries.", "none>caused"},
    {"The aides did not pick him, nor was the mayor asked.", "not>pick | nor>asked"},
    {"One driver was hurt and no one else was injured.", "no one>injured"},
    {"There were no deaths.", "no>deaths"},
    {"Engineers found no serious damage.", "no>damage"},
    {"About 8,000 households are without power.", "without>power"},
    {"The bridge is no longer open.", "no longer>open"},
    {"The suspect was not armed and nobody was hurt.", "not>armed | nobody>hurt"},
    {"There were no votes against the harbour plan.", "no>votes"},
    // A clause after "after" is out of a negation's scope: losing is stated, not denied.
    {"She was left with nothing after losing her savings.", "nothing>"},
    // Not negations.
    {"Not only did the team win, it broke a record.", ""},
    {"Whether or not the talks succeed, prices will rise.", ""},
    {"The toll could reach dozens, if not hundreds.", ""},
    {"The train left on time.", ""},
    {"No more than 20 people attended.", ""},
    {"There is no doubt the road will reopen.", ""},
    {"He lives at No. 10 Harbour Street.", ""},
    {"Three no votes would kill the harbour plan for now.", ""},
    {"The plan passed with 12 no votes.", ""},
    {"Her request was denied by the court.", ""},
};

TEST(PolarityTest, Negations) {
  for (const NegationCase& c : kNegationCases) {
    SCOPED_TRACE(c.text);
    const std::string s = c.text;
    EXPECT_EQ(Describe(s, Extract(s)), c.negations);
  }
}

struct WordCase {
  const char* text;
  const char* word;
  bool verbal;
  const char* scope;
};

const WordCase kWordCases[] = {
    {"The plan may not pass, officials said.", "not", false, "not pass"},
    {"The road stayed shut because engineers had not finished checks.", "not", false,
     "not finished checks"},
    {"The minister declined to comment on the report.", "declined to", true,
     "declined to comment on the report"},
    {"The guards didn't stop him but he was caught.", "not", false, "didn't stop him"},
    {"No one was killed.", "no one", false, "No one was killed"},
};

TEST(PolarityTest, WordAndScope) {
  for (const WordCase& c : kWordCases) {
    SCOPED_TRACE(c.text);
    const std::string s = c.text;
    const tri::Facts f = Extract(s);
    ASSERT_EQ(f.negations.size(), 1u) << Describe(s, f);
    EXPECT_EQ(f.negations[0].word, c.word);
    EXPECT_EQ(f.negations[0].verbal, c.verbal);
    EXPECT_EQ(Span(s, f.negations[0].scope_begin, f.negations[0].scope_end), c.scope);
  }
}

struct SpanCase {
  const char* text;
  const char* span;  // negation_span() of the only negation
};

const SpanCase kSpanCases[] = {
    {"The toll could not rise further.", "could not rise"},
    {"The merger has not yet been approved.", "not yet been approved"},
    {"No one was killed.", "No one was killed"},
    {"Officials failed to agree.", "failed to agree"},
    {"It was not.", "not"},
    {"No further talks have been scheduled.", "No further talks have been scheduled"},
    {"No more ferries will sail today.", "No more ferries will sail"},
};

TEST(PolarityTest, NegationSpan) {
  for (const SpanCase& c : kSpanCases) {
    SCOPED_TRACE(c.text);
    const std::string s = c.text;
    const tri::Facts f = Extract(s);
    ASSERT_EQ(f.negations.size(), 1u) << Describe(s, f);
    const auto [b, e] = tri::negation_span(f.negations[0]);
    EXPECT_EQ(Span(s, b, e), c.span);
  }
}

struct ModalCase {
  const char* text;
  const char* modalities;  // spans joined by " | "
};

const ModalCase kModalCases[] = {
    {"The minister may resign next week.", "may"},
    {"Casualties could rise, officials warned.", "could"},
    {"The repairs are expected to take a week.", "are expected to"},
    {"The show is likely to feature new acts.", "likely"},
    {"The death toll has reportedly risen to 45.", "reportedly"},
    {"The company is set to announce its results.", "is set to"},
    {"The leader is scheduled to arrive on Tuesday.", "is scheduled to"},
    {"The president plans to visit the region.", "plans to"},
    {"The hotel is said to include a spa.", "is said to"},
    {"The toll could not rise.", "could"},
    {"The vote was held in May.", ""},
    {"The train arrived on Tuesday.", ""},
    {"He said to reporters that the train was late.", ""},
};

TEST(PolarityTest, Modalities) {
  for (const ModalCase& c : kModalCases) {
    SCOPED_TRACE(c.text);
    const std::string s = c.text;
    std::string got;
    for (const tri::Modality& m : Extract(s).modalities)
      got += (got.empty() ? "" : " | ") + Span(s, m.begin, m.end);
    EXPECT_EQ(got, c.modalities);
  }
}

// polarity_at() on the predicate of each sentence, then compare() across the pair.
struct CompareCase {
  const char* a;
  const char* pred_a;
  const char* b;
  const char* pred_b;
  Match match;
};

const CompareCase kCompareCases[] = {
    {"The council has approved the plan.", "approved", "The plan has not yet been approved.",
     "approved", Match::kConflict},
    {"Prices could rise.", "rise", "Prices could not rise.", "rise", Match::kConflict},
    {"The pier reopened.", "reopened", "The pier did not reopen.", "reopen", Match::kConflict},
    {"The pier reopened.", "reopened", "The pier may not reopen.", "reopen", Match::kCompatible},
    {"The pier reopened.", "reopened", "The pier may have reopened.", "reopened",
     Match::kCompatible},
    {"Nobody was hurt.", "hurt", "No one was hurt.", "hurt", Match::kSame},
    {"The mayor won.", "won", "The mayor failed to win.", "win", Match::kConflict},
    {"The bridge is open.", "open", "The bridge is open, officials said.", "open", Match::kSame},
};

TEST(PolarityTest, Compare) {
  for (const CompareCase& c : kCompareCases) {
    SCOPED_TRACE(std::string(c.a) + " ~ " + c.b);
    const std::string a = c.a, b = c.b;
    const tri::Facts fa = Extract(a), fb = Extract(b);
    const size_t at_a = a.rfind(c.pred_a), at_b = b.rfind(c.pred_b);
    ASSERT_NE(at_a, std::string::npos);
    ASSERT_NE(at_b, std::string::npos);
    const Polarity pa = tri::polarity_at(fa.negations, fa.modalities, at_a);
    const Polarity pb = tri::polarity_at(fb.negations, fb.modalities, at_b);
    EXPECT_EQ(tri::to_string(tri::compare(pa, pb)), tri::to_string(c.match));
    EXPECT_EQ(tri::to_string(tri::compare(pb, pa)), tri::to_string(c.match));
  }
}

TEST(PolarityTest, PolarityAt) {
  const std::string s = "The bridge was not damaged, and it may reopen on Friday.";
  const tri::Facts f = Extract(s);
  const Polarity damaged = tri::polarity_at(f.negations, f.modalities, s.find("damaged"));
  EXPECT_TRUE(damaged.negated);
  EXPECT_FALSE(damaged.modal);
  const Polarity reopen = tri::polarity_at(f.negations, f.modalities, s.find("reopen"));
  EXPECT_FALSE(reopen.negated);
  EXPECT_TRUE(reopen.modal);
  const Polarity bridge = tri::polarity_at(f.negations, f.modalities, s.find("bridge"));
  EXPECT_FALSE(bridge.negated);
  EXPECT_FALSE(bridge.modal);
}

}  // namespace
