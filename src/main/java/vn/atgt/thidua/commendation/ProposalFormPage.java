package vn.atgt.thidua.commendation;

import java.time.LocalDate;
import java.util.List;

import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.exemplar.RecognisedExemplar;
import vn.atgt.thidua.unit.UnitSummary;

/**
 * The form that prepares a proposal ({@code proposalId} null) or edits one: the units it may be for (one for a unit
 * user, every participant for the office), the award forms offered on the planned decision date, the unit's recognised
 * exemplars to cite, the whole catalogue (the awards already received a proposal may cite as its grounds).
 */
public record ProposalFormPage(CampaignView campaign, Long proposalId, List<UnitSummary> units,
		LocalDate decisionDate, List<AwardFormView> awardForms, List<RecognisedExemplar> exemplars,
		ProposalCommand details, long version, List<AwardFormView> catalogue) {
}
