package th.ita.portal.support;

import java.net.URI;
import java.util.Properties;

import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;

/**
 * A real S3-compatible server for tests: S3Proxy (the S3 protocol, signatures included) over
 * jclouds' in-memory blob store, listening on 127.0.0.1 on a port of its own. It is no fake of our
 * making: the portal talks to it with the AWS SDK exactly as to MinIO or Ceph. It can be stopped
 * and started again on the same port (the store unreachable), keeping its objects.
 */
public final class S3Server implements AutoCloseable {

	public static final String ACCESS_KEY = "ita-test-access";

	public static final String SECRET_KEY = "ita-test-secret-key-0123456789";

	private final BlobStoreContext blobs;

	private final URI endpoint;

	private S3Proxy proxy;

	public S3Server(int port) throws Exception {
		this.endpoint = URI.create("http://127.0.0.1:" + port);
		this.blobs = ContextBuilder.newBuilder("transient")
			.credentials("identity", "credential")
			.overrides(new Properties())
			.build(BlobStoreContext.class);
		start();
	}

	public String endpoint() {
		return this.endpoint.toString();
	}

	/** The object store's own view: the names in a bucket. */
	public java.util.List<String> objects(String bucket) {
		return this.blobs.getBlobStore().list(bucket).stream().map(meta -> meta.getName()).toList();
	}

	/** Starts answering (again); does nothing while it answers. */
	public synchronized void start() throws Exception {
		if (this.proxy != null && "STARTED".equals(this.proxy.getState())) {
			return;
		}
		this.proxy = S3Proxy.builder()
			.blobStore(this.blobs.getBlobStore())
			.endpoint(this.endpoint)
			.awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
			.build();
		this.proxy.start();
		long deadline = System.nanoTime() + 10_000_000_000L;
		while (!"STARTED".equals(this.proxy.getState())) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("S3Proxy did not start: " + this.proxy.getState());
			}
			Thread.sleep(10);
		}
	}

	/** Stops answering: the store is unreachable until {@link #start()}. */
	public synchronized void stop() throws Exception {
		this.proxy.stop();
	}

	@Override
	public void close() throws Exception {
		stop();
		this.blobs.close();
	}

}
