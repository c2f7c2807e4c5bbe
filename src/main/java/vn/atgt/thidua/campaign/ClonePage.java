package vn.atgt.thidua.campaign;

/** The clone form: the campaign cloned, and what the form proposes for the copy ({@link CloneCommand}). */
public record ClonePage(CampaignView source, CloneCommand proposal) {
}
