package vn.atgt.thidua.campaign;

import java.time.Instant;

import vn.atgt.thidua.common.persistence.HistoryLine;

/** A step in a campaign's life: from which status to which, when and by whom ({@code from} is null at creation). */
public record TransitionRow(CampaignStatus from, CampaignStatus to, Instant at, String byUsername, String byName)
		implements HistoryLine {
}
