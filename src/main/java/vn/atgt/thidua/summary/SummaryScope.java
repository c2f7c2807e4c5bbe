package vn.atgt.thidua.summary;

import java.time.LocalDate;

import vn.atgt.thidua.campaign.CampaignView;

/**
 * What a section is drafted for: the campaign, the kind of report and the dates it covers (the chosen reporting
 * periods of a six-month report; the whole campaign for a year-end one).
 */
public record SummaryScope(CampaignView campaign, SummaryKind kind, LocalDate from, LocalDate to) {
}
