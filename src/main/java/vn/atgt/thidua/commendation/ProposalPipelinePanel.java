package vn.atgt.thidua.commendation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.atgt.thidua.commendation.internal.ProposalRepository;
import vn.atgt.thidua.common.format.Formats;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.dashboard.DashboardPanel;
import vn.atgt.thidua.dashboard.DashboardPanelSource;

/**
 * The proposals in the pipeline on the leadership dashboard (issue 14): how many of the campaign's commendation
 * proposals are in each status, in the workflow's order, each linking to the list filtered by that status. Shown to
 * those who read every unit's proposals (the office, leaders, administrators), and only once there is a proposal.
 */
@Component
@Order(20)
class ProposalPipelinePanel implements DashboardPanelSource {

	private final ProposalRepository proposals;
	private final CommendationAccess access;
	private final MessageSource messages;
	private final Formats formats;

	ProposalPipelinePanel(ProposalRepository proposals, CommendationAccess access, MessageSource messages,
			Formats formats) {
		this.proposals = proposals;
		this.access = access;
		this.messages = messages;
		this.formats = formats;
	}

	@Override
	public Optional<DashboardPanel> panel(CurrentUser user, Long campaignId) {
		if (!access.seesAllUnits(user)) {
			return Optional.empty();
		}
		Map<ProposalStatus, Long> counts = new EnumMap<>(ProposalStatus.class);
		proposals.perStatus(campaignId).forEach(tally -> counts.put(tally.status(), tally.count()));
		if (counts.isEmpty()) {
			return Optional.empty();
		}
		List<DashboardPanel.Line> lines = counts.entrySet().stream()
			.map(entry -> new DashboardPanel.Line(
					messages.getMessage(entry.getKey().messageKey(), null, LocaleContextHolder.getLocale()),
					formats.number(entry.getValue()),
					"/campaigns/" + campaignId + "/commendations?status=" + entry.getKey().name()))
			.toList();
		return Optional.of(new DashboardPanel("proposal.dashboard", lines));
	}
}
