package vn.atgt.thidua.audit.internal;

import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.type.CompositeType;
import org.hibernate.type.Type;

/**
 * Turns an entity's persistent state into the text the audit trail keeps: one entry per field (fields of an embedded
 * value as {@code address.street}), other entities by id, collections as their sorted elements, enums by name.
 */
final class FieldValues {

	/**
	 * Bookkeeping that every change touches, the sign-in time that the SIGN_IN entries already record, and an
	 * account's security stamp, which only follows the changes recorded beside it (roles, unit, active, password).
	 */
	static final Set<String> SKIPPED = Set.of("version", "createdAt", "createdBy", "updatedAt", "updatedBy",
			"searchKey", "lastLoginAt", "securityStamp");

	static final String MASK = "***";

	private FieldValues() {
	}

	/**
	 * The audited fields of a whole state, in the entity's property order; collections not yet loaded are left out,
	 * and all collections unless {@code withCollections}.
	 */
	static Map<String, String> of(EntityPersister persister, Object[] state, boolean withCollections,
			SharedSessionContractImplementor session) {
		Map<String, String> fields = new LinkedHashMap<>();
		String[] names = persister.getPropertyNames();
		Type[] types = persister.getPropertyTypes();
		for (int i = 0; i < names.length; i++) {
			if (!SKIPPED.contains(names[i]) && (withCollections || !types[i].isCollectionType())) {
				flatten(names[i], types[i], state == null ? null : state[i], session, fields);
			}
		}
		return fields;
	}

	/** The audited fields of one property (several for an embedded value). */
	static Map<String, String> of(String name, Type type, Object value, SharedSessionContractImplementor session) {
		Map<String, String> fields = new LinkedHashMap<>();
		if (!SKIPPED.contains(name)) {
			flatten(name, type, value, session, fields);
		}
		return fields;
	}

	/**
	 * What the trail shows of a value: secrets (a password or its hash) only as "***", so that the trail says a
	 * password changed without keeping it; flags such as mustChangePassword stay readable.
	 */
	static String shown(String field, String value) {
		String name = field.toLowerCase(Locale.ROOT);
		boolean secret = name.equals("password") || name.endsWith("passwordhash");
		return value != null && secret ? MASK : value;
	}

	private static void flatten(String name, Type type, Object value, SharedSessionContractImplementor session,
			Map<String, String> into) {
		if (type.isComponentType() && value != null) {
			CompositeType component = (CompositeType) type;
			String[] names = component.getPropertyNames();
			Type[] types = component.getSubtypes();
			Object[] values = component.getPropertyValues(value, session);
			for (int i = 0; i < names.length; i++) {
				flatten(name + "." + names[i], types[i], values[i], session, into);
			}
		}
		else if (value instanceof PersistentCollection<?> collection && !collection.wasInitialized()) {
			// reading it would load it in the middle of a flush; its changes are recorded by the collection events
			return;
		}
		else if (type.isCollectionType()) {
			into.put(name, value == null ? null : elements(value, session));
		}
		else {
			into.put(name, text(value, session));
		}
	}

	/** A collection or map as "[a, b]", elements sorted so that the same content always reads the same. */
	static String elements(Object collection, SharedSessionContractImplementor session) {
		Collection<?> elements;
		if (collection instanceof Map<?, ?> map) {
			elements = map.entrySet()
				.stream()
				.map(e -> text(e.getKey(), session) + "=" + text(e.getValue(), session))
				.toList();
		}
		else {
			elements = (Collection<?>) collection;
		}
		return elements.stream()
			.map(element -> text(element, session))
			.sorted()
			.collect(Collectors.joining(", ", "[", "]"));
	}

	static String text(Object value, SharedSessionContractImplementor session) {
		if (value == null) {
			return null;
		}
		if (value instanceof Enum<?> e) {
			return e.name();
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean
				|| value instanceof TemporalAccessor) {
			return value.toString();
		}
		if (value instanceof byte[] bytes) {
			return "(" + bytes.length + " bytes)";
		}
		if (value instanceof HibernateProxy proxy) {
			return String.valueOf(proxy.getHibernateLazyInitializer().getIdentifier());
		}
		EntityPersister entity = session.getFactory().getMappingMetamodel().findEntityDescriptor(value.getClass());
		return entity == null ? value.toString() : String.valueOf(entity.getIdentifier(value, session));
	}
}
