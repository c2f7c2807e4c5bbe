package vn.atgt.thidua.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.CampaignSummary;
import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.campaign.ParticipantView;
import vn.atgt.thidua.campaign.PeriodView;
import vn.atgt.thidua.common.format.Formats;
import vn.atgt.thidua.common.persistence.Actor;
import vn.atgt.thidua.monitoring.internal.SentKey;
import vn.atgt.thidua.monitoring.internal.SentReminder;
import vn.atgt.thidua.monitoring.internal.SentReminderRepository;
import vn.atgt.thidua.report.ReportStatusRow;

/**
 * Reminders that the product sends by itself (nhắc việc), run daily by a schedule ({@code thidua.reminders.*}): for
 * every running campaign, to each participating unit that has not sent an item (its report for a period, or its
 * registration when the office set a deadline), a {@link NotificationKind#DEADLINE_APPROACHING} reminder from
 * {@code thidua.reminders.days-before} days (2 by default) before the due date until the due date, and a
 * {@link NotificationKind#DEADLINE_OVERDUE} notice once the due date has passed. Each is sent at most once per unit,
 * item and kind: the sent-log row is inserted before the notifications, in their transaction, under a unique key, so
 * that a restart or another node running the job at the same moment fails on the key and sends nothing (and no
 * e-mail leaves before that transaction committed).
 */
@Service
public class ReminderService {

	private static final Logger log = LoggerFactory.getLogger(ReminderService.class);

	private final CampaignService campaigns;
	private final Lateness lateness;
	private final NotificationService notifications;
	private final SentReminderRepository sent;
	private final TransactionTemplate newTransaction;
	private final Clock clock;
	private final int daysBefore;

	ReminderService(CampaignService campaigns, Lateness lateness, NotificationService notifications,
			SentReminderRepository sent, PlatformTransactionManager transactions, Clock clock,
			ReminderProperties properties) {
		this.campaigns = campaigns;
		this.lateness = lateness;
		this.notifications = notifications;
		this.sent = sent;
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		this.daysBefore = properties.daysBefore();
	}

	/** Sends today's reminders for every running campaign; what the schedule calls. */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public ReminderRun sendDue() {
		ReminderRun total = ReminderRun.NONE;
		for (CampaignSummary campaign : campaigns.listActive()) {
			total = total.plus(sendDue(campaign.id()));
		}
		log.info("Reminders: {} sent ({} people notified), {} already sent before, {} failed", total.sent(),
				total.notified(), total.alreadySent(), total.failed());
		return total;
	}

	/**
	 * Sends today's reminders for one campaign (nothing unless it runs), each in a transaction of its own; one that
	 * fails is logged and left for the next run.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public ReminderRun sendDue(Long campaignId) {
		CampaignView campaign = campaigns.get(campaignId);
		if (!campaign.isActive()) {
			return ReminderRun.NONE;
		}
		Set<SentKey> done = new HashSet<>(sent.sentIn(campaignId));
		int sentCount = 0;
		int notified = 0;
		int already = 0;
		int failed = 0;
		for (Reminder reminder : due(campaignId)) {
			if (done.contains(reminder.key())) {
				already++;
				continue;
			}
			try {
				notified += send(campaign, reminder);
				sentCount++;
			}
			catch (DataIntegrityViolationException e) {
				if (sent.existsByCampaignIdAndItemKeyAndUnitIdAndKind(campaignId,
						SentReminder.itemKey(reminder.periodId()), reminder.unitId(), reminder.kind())) {
					// another run logged this reminder first, and sent it: this one sends nothing
					already++;
				}
				else {
					log.error("Reminder {} of campaign {} not sent", reminder, campaignId, e);
					failed++;
				}
			}
			catch (RuntimeException e) {
				log.error("Reminder {} of campaign {} not sent", reminder, campaignId, e);
				failed++;
			}
		}
		return new ReminderRun(sentCount, notified, already, failed);
	}

	/**
	 * Logs the reminder, then notifies the unit, in a new transaction: a concurrent run that logged it first makes the
	 * insert fail on the unique key, and nothing is sent (e-mails leave only after the commit).
	 * @return how many people were notified
	 */
	private int send(CampaignView campaign, Reminder reminder) {
		Integer people = newTransaction.execute(status -> {
			sent.saveAndFlush(new SentReminder(campaign.id(), reminder.periodId(), reminder.unitId(), reminder.kind(),
					new Actor(Actor.SYSTEM, null, clock.instant())));
			return notifications.notifyUnit(reminder.unitId(), reminder.kind(), reminder.link(), reminder.messageKey(),
					reminder.args(campaign.planNumber()));
		});
		return people == null ? 0 : people;
	}

	/** The reminders the campaign's units should have by today, sent or not. */
	private List<Reminder> due(Long campaignId) {
		List<Reminder> due = new ArrayList<>();
		List<ParticipantView> participants = campaigns.participants(campaignId);
		Statuses statuses = lateness.statuses(campaignId);
		LocalDate today = statuses.today();
		for (ParticipantView p : participants) {
			if (p.leftOn() != null && p.leftOn().isBefore(today)) {
				continue;
			}
			MatrixCell cell = statuses.registration(p.unitId());
			NotificationKind kind = kind(cell, null, today);
			if (kind != null) {
				due.add(new Reminder(null, null, cell.dueDate(), p.unitId(), kind,
						"/campaigns/" + campaignId + "/targets"));
			}
		}
		for (PeriodView period : campaigns.periods(campaignId)) {
			if (period.baseline()) {
				continue;
			}
			for (ParticipantView p : participants) {
				ReportStatusRow row = statuses.reportRow(p.unitId(), period.id());
				MatrixCell cell = statuses.report(period, p);
				NotificationKind kind = kind(cell, period.startDate(), today);
				if (kind != null) {
					due.add(new Reminder(period.id(), period.name(), period.dueDate(), p.unitId(), kind,
							row == null ? "/campaigns/" + campaignId + "/reports" : "/reports/" + row.reportId()));
				}
			}
		}
		return due;
	}

	/**
	 * Which reminder a cell calls for today: none when the item is in, the unit does not take part or there is no due
	 * date; overdue after the due date; approaching from {@code daysBefore} days before it (once the period began).
	 */
	private NotificationKind kind(MatrixCell cell, LocalDate start, LocalDate today) {
		LocalDate due = cell.dueDate();
		if (!cell.status().isExpected() || cell.status().isIn() || due == null) {
			return null;
		}
		if (today.isAfter(due)) {
			return NotificationKind.DEADLINE_OVERDUE;
		}
		boolean begun = start == null || !today.isBefore(start);
		return begun && !today.isBefore(due.minusDays(daysBefore)) ? NotificationKind.DEADLINE_APPROACHING : null;
	}

	/** One reminder: about a period's report, or the registration when {@code periodId} is null. */
	record Reminder(Long periodId, String periodName, LocalDate dueDate, Long unitId, NotificationKind kind,
			String link) {

		SentKey key() {
			return new SentKey(periodId, unitId, kind);
		}

		String messageKey() {
			return "notification.reminder." + (periodId == null ? "registration." : "report.") + kind.name();
		}

		Object[] args(String plan) {
			String due = Formats.DATE.format(dueDate);
			return periodId == null ? new Object[] { due, plan } : new Object[] { periodName, due, plan };
		}
	}
}
