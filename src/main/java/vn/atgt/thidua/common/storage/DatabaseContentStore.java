package vn.atgt.thidua.common.storage;

import org.springframework.jdbc.core.JdbcTemplate;

/** Bytes in the table stored_file_contents, in the same transaction as the record that refers to them. */
class DatabaseContentStore implements ContentStore {

	private final JdbcTemplate jdbc;

	DatabaseContentStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void put(String key, byte[] content) {
		jdbc.update("INSERT INTO stored_file_contents (storage_key, content) VALUES (?, ?)", key, content);
	}

	@Override
	public byte[] get(String key) {
		return jdbc.queryForObject("SELECT content FROM stored_file_contents WHERE storage_key = ?",
				(rs, row) -> rs.getBytes(1), key);
	}

	@Override
	public void remove(String key) {
		jdbc.update("DELETE FROM stored_file_contents WHERE storage_key = ?", key);
	}
}
