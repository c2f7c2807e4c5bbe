package vn.atgt.thidua.commendation;

import java.util.List;

import org.springframework.data.domain.Page;

import vn.atgt.thidua.campaign.CampaignView;

/**
 * The list of proposals: the campaign, a page of proposals, the fairness figures, the quota warnings and the warnings
 * of công trạng awards grounded only on chuyên đề ones (for those who
 * see every unit), the suggested nominees (for the office), the deciding levels of the approved nominees (one
 * dossier each, for those who see every unit), the committee's settings, what the user may do.
 */
public record ProposalListPage(CampaignView campaign, Page<ProposalRow> proposals, Fairness fairness,
		List<QuotaWarning> quotaWarnings, List<BasisWarning> basisWarnings, List<Suggestion> suggestions, List<String> deciders,
		CommendationSettingsView settings, ProposalListActions actions) {
}
