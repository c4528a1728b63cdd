package th.ita.portal.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Receives uploads and keeps them in the {@link EvidenceStore} (a directory or an S3-compatible
 * bucket), each under a generated key. A file is kept whole or not at all: it is streamed to a
 * temporary file while hashed, synced, checked, then handed to the store, which makes it appear
 * atomically; and a file whose transaction rolls back is removed.
 */
@Component
class EvidenceStorage {

	private static final Logger log = LoggerFactory.getLogger(EvidenceStorage.class);

	static final String INCOMING = ".incoming-";

	private static final Pattern KEY = Pattern.compile("[0-9a-f]{32}");

	private final EvidenceStore store;

	EvidenceStorage(EvidenceStore store) {
		this.store = store;
	}

	/**
	 * Streams an upload to a temporary file while hashing and counting it.
	 * @throws TooLargeException past {@code maxBytes} (the temporary file is gone again)
	 */
	Received receive(InputStream in, long maxBytes) throws IOException {
		Path temp = this.store.incoming().resolve(INCOMING + newKey());
		MessageDigest sha256 = sha256();
		long size = 0;
		boolean complete = false;
		try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
			byte[] buffer = new byte[64 * 1024];
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				size += n;
				if (size > maxBytes) {
					throw new TooLargeException();
				}
				sha256.update(buffer, 0, n);
				ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
				while (chunk.hasRemaining()) {
					out.write(chunk);
				}
			}
			out.force(true);
			complete = true;
		}
		finally {
			if (!complete) {
				Files.deleteIfExists(temp);
			}
		}
		return new Received(temp, size, sha256.digest());
	}

	/**
	 * Gives a received file its final name and answers its key. Must run inside a transaction:
	 * if that transaction rolls back, the file is deleted again.
	 * @throws EvidenceStoreUnavailableException when the store cannot keep it (nothing is kept)
	 */
	String keep(Received received) throws IOException {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			throw new IllegalStateException("files are kept only inside a transaction");
		}
		String key = newKey();
		try {
			this.store.put(key, received.temp(), received.size(), HexFormat.of().formatHex(received.sha256()));
		}
		finally {
			discard(received);
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					EvidenceStorage.this.store.delete(key);
				}
			}
		});
		return key;
	}

	void discard(Received received) {
		try {
			Files.deleteIfExists(received.temp());
		}
		catch (IOException ex) {
			log.warn("Could not remove temporary upload {}", received.temp(), ex);
		}
	}

	/** Deletes a file once the current transaction has committed (at once without one). */
	void deleteAfterCommit(String key) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			this.store.delete(key);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				EvidenceStorage.this.store.delete(key);
			}
		});
	}

	/**
	 * A kept file, ready to stream, or null when the store has none under that key.
	 * @throws EvidenceStoreUnavailableException when the store cannot be reached
	 */
	Resource open(String key) {
		if (!KEY.matcher(key).matches()) {
			throw new IllegalArgumentException("not a storage key");
		}
		return this.store.open(key);
	}

	/** Where uploads arrive before they are kept (abandoned ones are cleaned from there). */
	Path incoming() {
		return this.store.incoming();
	}

	private static String newKey() {
		return UUID.randomUUID().toString().replace("-", "");
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new UncheckedIOException(new IOException(ex));
		}
	}

	/** An upload received into a temporary file, not yet kept. */
	record Received(Path temp, long size, byte[] sha256) {
	}

	/** The upload is larger than allowed. */
	static class TooLargeException extends IOException {

		private static final long serialVersionUID = 1L;

	}

}
