package vn.atgt.thidua.submission.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.atgt.thidua.monitoring.NotificationKind;
import vn.atgt.thidua.monitoring.NotificationService;
import vn.atgt.thidua.submission.SubmissionChanged;
import vn.atgt.thidua.unit.CommitteeService;
import vn.atgt.thidua.unit.CommitteeSummary;

/**
 * Tells the other side's standing office of each step of a sending: the parent's when a child sends, the child's when
 * the parent receives, returns (with the reason) or accepts. Runs just before the step commits, so the notice exists
 * exactly when the step does. The kinds are monitoring's (they decide who also gets an e-mail): a sending is a
 * submission received, a return an item returned, a confirmation or an acceptance an item accepted.
 */
@Component
class SubmissionNotifications {

	private final NotificationService notifications;
	private final CommitteeService committees;

	SubmissionNotifications(NotificationService notifications, CommitteeService committees) {
		this.notifications = notifications;
		this.committees = committees;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void changed(SubmissionChanged event) {
		String link = "/submissions/" + event.submissionId();
		switch (event.status()) {
			case SENT -> notifications.notifyStandingOffice(event.receiverCommitteeId(),
					NotificationKind.SUBMISSION_RECEIVED, link, "notification.submission.sent",
					name(event.senderCommitteeId()), event.title());
			case RECEIVED -> notifications.notifyStandingOffice(event.senderCommitteeId(),
					NotificationKind.ITEM_ACCEPTED, link, "notification.submission.received",
					name(event.receiverCommitteeId()), event.title());
			case RETURNED -> notifications.notifyStandingOffice(event.senderCommitteeId(),
					NotificationKind.ITEM_RETURNED, link, "notification.submission.returned",
					name(event.receiverCommitteeId()), event.title(), event.reason());
			case ACCEPTED -> notifications.notifyStandingOffice(event.senderCommitteeId(),
					NotificationKind.ITEM_ACCEPTED, link, "notification.submission.accepted",
					name(event.receiverCommitteeId()), event.title());
		}
	}

	private String name(Long committeeId) {
		return committees.summary(committeeId).map(CommitteeSummary::name).orElse("");
	}
}
