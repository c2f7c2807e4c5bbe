package vn.atgt.thidua.commendation.internal;

import vn.atgt.thidua.commendation.ProposalStatus;

/** How many of a campaign's proposals are in one status. */
public record StatusTally(ProposalStatus status, long count) {
}
