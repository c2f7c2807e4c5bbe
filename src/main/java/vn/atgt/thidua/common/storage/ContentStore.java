package vn.atgt.thidua.common.storage;

/** Where the bytes of stored files live: the database or the file system (one is chosen by configuration). */
interface ContentStore {

	void put(String key, byte[] content);

	byte[] get(String key);

	void remove(String key);
}
