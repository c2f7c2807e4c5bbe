package vn.atgt.thidua.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.atgt.thidua.account.UserAdminService;
import vn.atgt.thidua.account.UserRow;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.monitoring.internal.Mailer;
import vn.atgt.thidua.monitoring.internal.Notification;
import vn.atgt.thidua.monitoring.internal.NotificationPreference;
import vn.atgt.thidua.monitoring.internal.NotificationPreferenceRepository;
import vn.atgt.thidua.monitoring.internal.NotificationRepository;

/**
 * In-app notifications with optional e-mail. A notification is written in the same transaction as the event that
 * caused it; e-mails leave only after that transaction committed, to the users who want them for that kind.
 */
@Service
@Transactional(readOnly = true)
public class NotificationService {

	private final NotificationRepository notifications;
	private final NotificationPreferenceRepository preferences;
	private final UserAdminService users;
	private final Mailer mailer;
	private final Clock clock;
	private final JdbcClient jdbc;

	NotificationService(NotificationRepository notifications, NotificationPreferenceRepository preferences,
			UserAdminService users, Mailer mailer, Clock clock, JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.notifications = notifications;
		this.preferences = preferences;
		this.users = users;
		this.mailer = mailer;
		this.clock = clock;
	}

	/** Notifies the active officers and heads of a unit. @return how many were notified */
	@Transactional
	public int notifyUnit(Long unitId, NotificationKind kind, String link, String messageKey, Object... args) {
		Set<UserRow> recipients = new LinkedHashSet<>(users.activeUsersOfUnit(unitId, Role.UNIT_HEAD));
		recipients.addAll(users.activeUsersOfUnit(unitId, Role.UNIT_OFFICER));
		return notifyAll(recipients, kind, link, messageKey, args);
	}

	/** Notifies every active user of the committee's standing office (never another committee's). */
	@Transactional
	public int notifyStandingOffice(Long committeeId, NotificationKind kind, String link, String messageKey,
			Object... args) {
		return notifyAll(users.activeUsersWithRole(Role.STANDING_OFFICE, committeeId), kind, link, messageKey, args);
	}

	/** Notifies the given users. @return how many were notified */
	@Transactional
	public int notifyAll(Collection<UserRow> recipients, NotificationKind kind, String link, String messageKey,
			Object... args) {
		Instant at = clock.instant();
		List<String> textArgs = Arrays.stream(args).map(String::valueOf).toList();
		Map<Long, UserRow> byId = recipients.stream()
			.collect(Collectors.toMap(UserRow::id, u -> u, (a, b) -> a, java.util.LinkedHashMap::new));
		for (UserRow user : byId.values()) {
			notifications.save(new Notification(user.id(), kind, messageKey, textArgs, link, at));
		}
		List<String> emails = emailsWanted(byId, kind);
		if (!emails.isEmpty()) {
			Object[] mailArgs = textArgs.toArray();
			afterCommit(() -> emails.forEach(to -> mailer.send(to, messageKey, mailArgs, link)));
		}
		return byId.size();
	}

	/** How many of the user's notifications she has not read yet (the layout's badge). */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public long unreadCount(Long userId) {
		// Read on every page the layout renders, after the page's own transaction: one statement in auto-commit, no
		// transaction, persistence context or query translation of its own (issue 19: 3 % of a light page's CPU).
		return jdbc.sql("SELECT COUNT(*) FROM notifications WHERE user_id = ? AND read_at IS NULL").param(userId)
			.query(Long.class).single();
	}

	/**
	 * A page of the user's notifications, newest first. The total is always counted (an index-only count): Spring
	 * Data's {@code Page} would skip it on a short page, and the statements per page must not depend on the data.
	 */
	public Page<NotificationRow> page(Long userId, Pageable pageable) {
		Pageable page = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize());
		List<NotificationRow> rows = notifications.findByUserIdOrderByCreatedAtDescIdDesc(userId, page).stream()
			.map(n -> new NotificationRow(n.getId(), n.getKind(), n.getMessageKey(), n.getArgs(), n.getLink(),
					n.getCreatedAt(), n.getReadAt()))
			.toList();
		return new PageImpl<>(rows, page, notifications.countByUserId(userId));
	}

	/**
	 * Marks one of the user's own notifications read.
	 * @return the local link it points to
	 */
	@Transactional
	public String open(Long userId, Long notificationId) {
		Notification notification = notifications.findById(notificationId)
			.filter(n -> n.getUserId().equals(userId))
			.orElseThrow(() -> new NotFoundException("notification", notificationId));
		notification.markRead(clock.instant());
		String link = notification.getLink();
		return link != null && link.startsWith("/") && !link.startsWith("//") ? link : "/notifications";
	}

	/** Marks all the user's notifications read. @return how many were unread */
	@Transactional
	public int markAllRead(Long userId) {
		return notifications.markAllRead(userId, clock.instant());
	}

	/** For each kind, whether the user gets an e-mail (her choice, else the kind's default). */
	public Map<NotificationKind, Boolean> emailChoices(Long userId) {
		Map<NotificationKind, Boolean> choices = new EnumMap<>(NotificationKind.class);
		for (NotificationKind kind : NotificationKind.values()) {
			choices.put(kind, kind.emailByDefault());
		}
		preferences.ofUser(userId).forEach(p -> choices.put(p.kind(), p.email()));
		return choices;
	}

	/** Saves, for every kind, whether the user gets an e-mail: for the kinds in {@code withEmail} she does. */
	@Transactional
	public void saveEmailChoices(Long userId, Set<NotificationKind> withEmail) {
		Map<NotificationKind, NotificationPreference> existing = new EnumMap<>(NotificationKind.class);
		preferences.ofUser(userId).forEach(p -> existing.put(p.kind(), p));
		for (NotificationKind kind : NotificationKind.values()) {
			boolean email = withEmail.contains(kind);
			NotificationPreference preference = existing.get(kind);
			if (preference == null) {
				preferences.save(new NotificationPreference(userId, kind, email));
			}
			else {
				preference.setEmail(email);
			}
		}
	}

	/** True when an SMTP server is configured, so that e-mail choices mean something. */
	public boolean emailEnabled() {
		return mailer.enabled();
	}

	private List<String> emailsWanted(Map<Long, UserRow> recipients, NotificationKind kind) {
		if (!mailer.enabled() || recipients.isEmpty()) {
			return List.of();
		}
		Map<Long, Boolean> choices = preferences.ofUsers(recipients.keySet(), kind).stream()
			.collect(Collectors.toMap(NotificationPreference::userId, NotificationPreference::email));
		List<String> emails = new ArrayList<>();
		recipients.values().forEach(user -> {
			if (choices.getOrDefault(user.id(), kind.emailByDefault()) && user.email() != null) {
				emails.add(user.email());
			}
		});
		return emails;
	}

	private static void afterCommit(Runnable action) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					action.run();
				}
			});
		}
		else {
			action.run();
		}
	}
}
