package vn.atgt.thidua.audit.internal;

import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.Status;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.AfterCompletionCallback;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionRemoveEvent;
import org.hibernate.event.spi.PostCollectionRemoveEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.collection.CollectionPersister;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.Type;
import org.springframework.core.annotation.AnnotationUtils;

import vn.atgt.thidua.audit.AuditAction;
import vn.atgt.thidua.audit.AuditChange;
import vn.atgt.thidua.common.persistence.NotAudited;

/**
 * The one mechanism that audits every entity: Hibernate calls it after each insert, update and delete, and after each
 * change of an element collection (a user's roles), inside the flush. It writes through the session's own connection,
 * so the audit rows commit and roll back with the change they describe. Entities marked {@link NotAudited} are left
 * out. Bulk JPQL/SQL updates bypass Hibernate's events and are therefore not audited: modules change audited data
 * through their entities.
 */
final class EntityChangeAuditor implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
		PostCollectionRecreateEventListener, PostCollectionUpdateEventListener, PostCollectionRemoveEventListener {

	private static final String STATUS = "status";

	private final Clock clock;
	private final Map<Class<?>, Boolean> audited = new ConcurrentHashMap<>();
	/**
	 * The CREATE entries of entities with collections, per open session: Hibernate writes a new entity's collections
	 * after the entity itself ("collection recreated"), and their elements belong to that same CREATE entry.
	 */
	private final Map<SharedSessionContractImplementor, Map<String, Long>> createdBySession = Collections
		.synchronizedMap(new WeakHashMap<>());

	EntityChangeAuditor(Clock clock) {
		this.clock = clock;
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

	@Override
	public void onPostInsert(PostInsertEvent event) {
		EntityPersister persister = event.getPersister();
		if (!audited(persister.getMappedClass())) {
			return;
		}
		SharedSessionContractImplementor session = event.getSession();
		List<AuditChange> changes = new ArrayList<>();
		FieldValues.of(persister, event.getState(), false, session).forEach((field, value) -> {
			if (value != null) {
				changes.add(new AuditChange(field, null, FieldValues.shown(field, value)));
			}
		});
		long entryId = write(session, AuditAction.CREATE, persister.getMappedClass(), event.getId(), changes);
		if (hasCollections(persister)) {
			rememberCreated(session, key(persister.getEntityName(), event.getId()), entryId);
		}
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		EntityPersister persister = event.getPersister();
		if (!audited(persister.getMappedClass())) {
			return;
		}
		SharedSessionContractImplementor session = event.getSession();
		String[] names = persister.getPropertyNames();
		Type[] types = persister.getPropertyTypes();
		Object[] oldState = event.getOldState();
		Object[] newState = event.getState();
		boolean statusChanged = false;
		List<AuditChange> changes = new ArrayList<>();
		for (int i : dirtyProperties(event, names.length)) {
			if (types[i].isCollectionType()) {
				continue; // recorded by the collection events, with the old elements
			}
			statusChanged |= STATUS.equals(names[i]);
			Map<String, String> before = FieldValues.of(names[i], types[i], oldState == null ? null : oldState[i],
					session);
			Map<String, String> after = FieldValues.of(names[i], types[i], newState[i], session);
			Set<String> fields = new LinkedHashSet<>(before.keySet());
			fields.addAll(after.keySet());
			for (String field : fields) {
				String old = before.get(field);
				String now = after.get(field);
				if (!Objects.equals(old, now)) {
					changes.add(new AuditChange(field, FieldValues.shown(field, old), FieldValues.shown(field, now)));
				}
			}
		}
		if (!changes.isEmpty()) {
			write(session, statusChanged ? AuditAction.STATE_CHANGE : AuditAction.UPDATE, persister.getMappedClass(),
					event.getId(), changes);
		}
	}

	@Override
	public void onPostDelete(PostDeleteEvent event) {
		EntityPersister persister = event.getPersister();
		if (!audited(persister.getMappedClass())) {
			return;
		}
		SharedSessionContractImplementor session = event.getSession();
		List<AuditChange> changes = new ArrayList<>();
		FieldValues.of(persister, event.getDeletedState(), true, session).forEach((field, value) -> {
			if (value != null) {
				changes.add(new AuditChange(field, FieldValues.shown(field, value), null));
			}
		});
		write(session, AuditAction.DELETE, persister.getMappedClass(), event.getId(), changes);
	}

	@Override
	public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
		Owner owner = owner(event);
		if (owner == null) {
			return;
		}
		SharedSessionContractImplementor session = event.getSession();
		PersistentCollection<?> collection = event.getCollection();
		Long createEntry = createEntryOf(session, key(owner.entityName(), owner.id()));
		if (createEntry == null) {
			// a collection replaced as a whole (a new Set assigned): its old elements were recorded as removed
			collectionChanged(event, owner, null, FieldValues.elements(collection, session));
		}
		else if (!collection.empty()) {
			AuditChange change = new AuditChange(owner.property(), null,
					FieldValues.shown(owner.property(), FieldValues.elements(collection, session)));
			session.doWork(connection -> AuditWriter.insertChanges(connection, createEntry, List.of(change)));
		}
	}

	@Override
	public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
		Owner owner = owner(event);
		if (owner == null) {
			return;
		}
		PersistentCollection<?> collection = event.getCollection();
		collectionChanged(event, owner, FieldValues.elements(snapshot(collection), event.getSession()),
				FieldValues.elements(collection, event.getSession()));
	}

	@Override
	public void onPostRemoveCollection(PostCollectionRemoveEvent event) {
		Owner owner = owner(event);
		Object ownerEntity = event.getAffectedOwnerOrNull();
		if (owner == null || ownerEntity == null || beingDeleted(event, ownerEntity)) {
			return; // the DELETE entry of the owner lists the last elements
		}
		PersistentCollection<?> collection = event.getCollection();
		if (collection.wasInitialized()) {
			collectionChanged(event, owner, FieldValues.elements(collection, event.getSession()), null);
		}
	}

	private void collectionChanged(AbstractCollectionEvent event, Owner owner, String before, String after) {
		if (!Objects.equals(before, after)) {
			write(event.getSession(), AuditAction.UPDATE, owner.type(), owner.id(),
					List.of(new AuditChange(owner.property(), FieldValues.shown(owner.property(), before),
							FieldValues.shown(owner.property(), after))));
		}
	}

	/** Writes the entry on the session's own connection, in the transaction of the change; returns its id. */
	private long write(SharedSessionContractImplementor session, AuditAction action, Class<?> type, Object id,
			List<AuditChange> changes) {
		AuditRecord record = new AuditRecord(clock.instant(), AuditSource.current(), action, type.getSimpleName(),
				id == null ? null : String.valueOf(id), null, changes);
		return session.doReturningWork(connection -> AuditWriter.insert(connection, record));
	}

	private boolean audited(Class<?> type) {
		return audited.computeIfAbsent(type, t -> AnnotationUtils.findAnnotation(t, NotAudited.class) == null);
	}

	/** The audited owner of an owning-side collection, or null when the change is not to be recorded. */
	private Owner owner(AbstractCollectionEvent event) {
		PersistentCollection<?> collection = event.getCollection();
		if (collection.getRole() == null || event.getAffectedOwnerEntityName() == null) {
			return null;
		}
		var metamodel = event.getFactory().getMappingMetamodel();
		CollectionPersister persister = metamodel.getCollectionDescriptor(collection.getRole());
		EntityPersister ownerPersister = metamodel.getEntityDescriptor(event.getAffectedOwnerEntityName());
		// the inverse side (mappedBy) changes nothing itself: the entities on the owning side carry the change
		if (persister.isInverse() || !audited(ownerPersister.getMappedClass())) {
			return null;
		}
		String role = persister.getRole();
		String property = role.substring(persister.getOwnerEntityPersister().getEntityName().length() + 1);
		return new Owner(ownerPersister.getEntityName(), ownerPersister.getMappedClass(),
				event.getAffectedOwnerIdOrNull(), property);
	}

	/** The properties Hibernate found dirty; all of them when it did not compare (an update without a snapshot). */
	private static int[] dirtyProperties(PostUpdateEvent event, int count) {
		int[] dirty = event.getDirtyProperties();
		return dirty != null ? dirty : IntStream.range(0, count).toArray();
	}

	private static boolean beingDeleted(AbstractCollectionEvent event, Object owner) {
		EntityEntry entry = event.getSession().getPersistenceContextInternal().getEntry(owner);
		return entry == null || entry.getStatus() == Status.DELETED || entry.getStatus() == Status.GONE;
	}

	/** The elements the collection had when it was loaded or last flushed. */
	private static Object snapshot(PersistentCollection<?> collection) {
		Serializable snapshot = collection.getStoredSnapshot();
		// a set keeps its snapshot as a map from each element to itself; a map as a map; lists and bags as lists
		if (snapshot instanceof Map<?, ?> map && !(collection instanceof Map<?, ?>)) {
			return map.values();
		}
		return snapshot instanceof Collection<?> || snapshot instanceof Map<?, ?> ? snapshot : List.of();
	}

	private static boolean hasCollections(EntityPersister persister) {
		for (Type type : persister.getPropertyTypes()) {
			if (type.isCollectionType()) {
				return true;
			}
		}
		return false;
	}

	private void rememberCreated(SharedSessionContractImplementor session, String key, long entryId) {
		createdBySession.computeIfAbsent(session, s -> {
			s.getTransactionCompletionCallbacks()
				.registerCallback((AfterCompletionCallback) (success, ended) -> createdBySession.remove(ended));
			return new HashMap<>();
		}).put(key, entryId);
	}

	private Long createEntryOf(SharedSessionContractImplementor session, String key) {
		Map<String, Long> created = createdBySession.get(session);
		return created == null ? null : created.get(key);
	}

	private static String key(String entityName, Object id) {
		return entityName + "#" + id;
	}

	private record Owner(String entityName, Class<?> type, Object id, String property) {
	}
}
