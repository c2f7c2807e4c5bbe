package vn.atgt.thidua.report;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.atgt.thidua.registration.RegistrationService;
import vn.atgt.thidua.registration.TargetView;
import vn.atgt.thidua.report.internal.ReportHeader;

/** Which targets a report answers: what its page shows, what a save may write and what a submission needs. */
@Component
class ReportTargets {

	private final RegistrationService registrations;

	ReportTargets(RegistrationService registrations) {
		this.registrations = registrations;
	}

	/**
	 * The targets a report answers, in task-area order: those of its entries, and while the unit may change it, the
	 * unit's approved targets that have no entry yet (approved after the report was started). An entry whose target
	 * was removed from a reopened registration is left out.
	 */
	Map<Long, TargetView> of(ReportHeader h, Collection<Long> entryTargetIds) {
		Map<Long, TargetView> found = new HashMap<>();
		registrations.targets(entryTargetIds).forEach(t -> found.put(t.id(), t));
		if (h.status().isEditable()) {
			registrations.approvedTargets(h.campaignId(), h.unitId()).forEach(t -> found.putIfAbsent(t.id(), t));
		}
		Map<Long, TargetView> ordered = new LinkedHashMap<>();
		found.values().stream()
			.filter(t -> t.campaignId().equals(h.campaignId()) && t.unitId().equals(h.unitId()))
			.sorted(Comparator.comparing(TargetView::taskAreaId).thenComparing(TargetView::position))
			.forEach(t -> ordered.put(t.id(), t));
		return ordered;
	}
}
