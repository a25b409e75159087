// words.h — internal: the engine's longer fixed word lists. They live in core/data/words.txt and
// load with the rest of the engine data (resources.h), so their bytes travel in the data file and
// not in the WebAssembly code (its 150 KiB budget); each rule that reads one says what it holds
// where it reads it. Short lists stay in the code as constexpr WordSets (word_list.h).
//
// A list is named after the rule that reads it: <file>_<function>[_<variable>]. words.txt holds
// one line "name: words in byte order" per list, in the order of TRI_WORD_LISTS below; the data
// is refused when the count or an order is wrong, and tests/words_test.cc checks every name.
//
// Example:
//   word_set(WordList::scan_irregular_plural).has("children")  // true
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "word_list.h"

namespace tri {

// clang-format off
#define TRI_WORD_LISTS(X) \
  X(counts_direction_after_points) \
  X(dates_near_bound) \
  X(dates_step) \
  X(dates_another_happening) \
  X(dates_only_a_time_stamp) \
  X(dates_place_in_series) \
  X(names_titles_only_titles) \
  X(names_nicknames) \
  X(negations_is_auxiliary_aux) \
  X(negations_only_attempted) \
  X(numbers_series_markers) \
  X(substitutions_kinds_hedges) \
  X(attribution_subject_start_skip) \
  X(attribution_origin_in_agents) \
  X(attribution_add_inverted) \
  X(measure_quake_noun) \
  X(name_title_head) \
  X(name_title_head_strong) \
  X(name_role_modifier) \
  X(name_role_head_word) \
  X(name_role_head_word_not) \
  X(name_name_particle) \
  X(name_compound_suffix) \
  X(name_org_word) \
  X(name_place_word) \
  X(name_place_preposition) \
  X(name_name_word_number_words) \
  X(number_number_start_word_prefix) \
  X(number_number_start_word) \
  X(number_metre_context_after) \
  X(number_metre_context_material) \
  X(number_scale) \
  X(polarity_scope_end_word) \
  X(polarity_predicate_filler) \
  X(polarity_modal_contraction) \
  X(polarity_read_modality_adverbs) \
  X(polarity_read_modality_plan) \
  X(polarity_read_modality_hearsay) \
  X(quantity_state_link) \
  X(quantity_find_noun_time_words) \
  X(quantity_find_noun_soft) \
  X(quantity_nounish_link) \
  X(quantity_nounish_not_owner) \
  X(quantity_find_owner_changes) \
  X(quantity_read_value_before) \
  X(quantity_read_decade_owners) \
  X(quantity_read_decade_parts) \
  X(scan_irregular_plural) \
  X(scan_soft_modifier) \
  X(scan_is_determiner) \
  X(scan_is_auxiliary) \
  X(scan_is_clause_word) \
  X(scan_is_abbreviation) \
  X(scan_is_reporting_verb) \
  X(scan_is_adverb_like) \
  X(scan_verb_like_irregular) \
  X(scan_verb_like_not) \
  X(time_read_units) \
  X(time_read_year_hedge_end) \
  X(time_read_year_prep) \
  X(negations_raised_elsewhere_raising) \
  X(polarity_predicate_claims) \
  X(negations_intended_intent) \
  X(negations_more_denied_more) \
  X(numbers_other_times) \
  X(numbers_other_times_prior) \
  X(numbers_other_times_periods) \
  X(numbers_other_times_later) \
  X(numbers_other_times_base) \
  X(negations_kept_from_kept) \
  X(quantity_read_fractions) \
  X(name_same_office_ranks) \
  X(polarity_read_negations_keep) \
  X(quantity_find_state_taken_out) \
  X(quantity_state_at_to_hospital) \
  X(numbers_of_the_rest_named) \
  X(numbers_of_the_rest_rest) \
  X(numbers_scope_all) \
  X(opposites_antonyms_where_which) \
  X(negations_negated_speech) \
  X(dates_bound_of_bounds) \
  X(dates_clock_told) \
  X(numbers_also_given_figures) \
  X(polarity_read_modality_set) \
  X(negations_contrasted_complement) \
  X(name_honorific) \
  X(opposites_is_noun_like_determiners) \
  X(numbers_same_measure_people) \
  X(numbers_same_measure_joins) \
  X(numbers_same_measure_when) \
  X(numbers_change_before) \
  X(numbers_change_nouns) \
  X(numbers_also_given_with) \
  X(numbers_also_given_compared) \
  X(numbers_also_given_up) \
  X(numbers_money_kind) \
  X(numbers_planned) \
  X(numbers_limit) \
  X(numbers_count_changed) \
  X(numbers_stance) \
  X(name_role_after_after) \
  X(scan_is_be_form) \
  X(scan_is_modal_verb) \
  X(html_named_refs) \
  X(html_tag_props) \
  X(html_is_block_name) \
  X(negations_accused_accusations) \
  X(scan_is_adverb_like_not) \
  X(attribution_forward_source_joiners) \
  X(attribution_origin_in_links) \
  X(quantity_read_dimensions) \
  X(name_name_word_days) \
  X(polarity_read_negations_not_only) \
  X(quantity_find_noun_kept) \
  X(quantity_read_pronoun_one) \
  X(time_read_part_days) \
  X(time_read_relative) \
  X(time_read_year_amounts) \
  X(time_part_noun) \
  X(quantity_state_words) \
  X(quantity_state_word_hospitalised) \
  X(quantity_state_jobs_lost) \
  X(quantity_none_injured) \
  X(quantity_someone_nouns) \
  X(time_part_before_small) \
  X(measure_magnitude_after_scales) \
  X(measure_magnitude_before_links) \
  X(polarity_read_negations_no_idioms) \
  X(attribution_run_as_saying) \
  X(negations_stated_as_none_none) \
  X(negations_object_denied_none) \
  X(opposites_reversed_hardly) \
  X(numbers_possessor_possessives) \
  X(numbers_also_given_pronouns) \
  X(negations_not_until_bounds) \
  X(negations_not_until_after) \
  X(tokens_stop_words) \
  X(tokens_negators) \
  X(tokens_bare_contractions) \
  X(segment_title_abbreviations) \
  X(segment_final_abbreviations) \
  X(language_en) \
  X(language_es) \
  X(language_fr) \
  X(language_de) \
  X(language_it) \
  X(language_pt) \
  X(language_nl) \
  X(dates_occurred) \
  X(negations_narrowing_prepositions) \
  X(names_affiliations) \
  X(names_office_disputes_many) \
  X(negations_denial_of_part_parts) \
  X(negations_denial_of_part_all) \
  X(negations_future) \
  X(tokens_is_approximator) \
  X(link_points_back) \
  X(name_modifiers_before_stops) \
  X(time_am_pm) \
  X(time_read_days_around) \
  X(measure_measure_unit_area) \
  X(attribution_run_citing) \
  X(polarity_read_negations_deny) \
  X(similarity_name_tokens_separators) \
  X(segment_furniture_call_verbs) \
  X(segment_furniture_call_nouns) \
  X(segment_furniture_byline_tail) \
  X(segment_furniture_share_verbs) \
  X(segment_furniture_stamp_words) \
  X(segment_furniture_ad_labels) \
  X(segment_furniture_navigation) \
  X(segment_furniture_rights_notes) \
  X(segment_furniture_this_text) \
  X(segment_furniture_made_how) \
  X(segment_furniture_feedback) \
  X(segment_furniture_link_lists) \
  X(segment_furniture_credit_marks) \
  X(negations_possibility_modals) \
  X(negations_possibility_links) \
  X(time_read_weekday_relative) \
  X(time_read_year_as_many) \
  X(name_role_after_not_determiners) \
  X(opposites_antonyms_converses) \
  X(opposites_lasting_now) \
  X(quantity_currency_word) \
  X(quantity_currency_symbol) \
  X(quantity_dollar_prefix) \
  X(quantity_fraction_denominator) \
  X(name_canonical_role_word) \
  X(counts_count_key_part) \
  X(counts_holder_have) \
  X(slots_verb_at_determiners) \
  X(negations_stated_absent_words) \
  X(negations_stopped_stops) \
  X(names_same_letters_forms) \
  X(negations_aux_tense_present) \
  X(negations_aux_tense_past) \
  X(negations_aux_tense_future) \
  X(quantity_currency_codes) \
  X(scan_is_pronoun) \
  X(negations_object_pronouns) \
  X(quantity_hedges) \
  X(measure_unit_word) \
  X(number_cardinals) \
  X(number_ordinals)
// clang-format on

enum class WordList : unsigned char {
#define TRI_WORD_LIST_ENUM(name) name,
  TRI_WORD_LISTS(TRI_WORD_LIST_ENUM)
#undef TRI_WORD_LIST_ENUM
};

inline constexpr size_t kWordListCount = 0
#define TRI_WORD_LIST_COUNT(name) +1
    TRI_WORD_LISTS(TRI_WORD_LIST_COUNT);
#undef TRI_WORD_LIST_COUNT

/// The lists of one data bundle: the text of words.txt and one set per list, viewing it.
struct WordLists {
  WordLists() = default;
  WordLists(const WordLists&) = delete;
  WordLists& operator=(const WordLists&) = delete;
  std::string text;
  WordSet sets[kWordListCount];
};

/// Reads words.txt into `out`: blank lines and lines starting with '#' are skipped, every other
/// line is "name: words" (single spaces, byte order). Returns an error message, or "".
std::string read_word_lists(std::string_view text, WordLists* out);

/// The words of `text` between spaces ("a b c" gives a, b, c).
std::vector<std::string_view> words_of(std::string_view text);

/// The list of the data in use (resources()); the empty set when no data is loaded.
const WordSet& word_set(WordList list);

}  // namespace tri
