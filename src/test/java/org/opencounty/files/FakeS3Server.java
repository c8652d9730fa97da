package org.opencounty.files;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The part of the S3 HTTP API that {@link S3Storage} uses, path-style, in memory, on a loopback port: PUT (with
 * Content-MD5 required and checked, x-amz-content-sha256 checked, aws-chunked bodies decoded), PUT with x-amz-copy-source, GET, HEAD,
 * DELETE and ListObjectsV2 with pages. Requests must carry a SigV4 Authorization header naming the expected access
 * key; the signature itself is not verified. It runs the store's contract in milliseconds; {@link S3ProxyStorageTest}
 * runs the same contract against a real server in a process of its own (docs/adr/0028-object-storage.md).
 */
final class FakeS3Server implements AutoCloseable {

    record StoredObject(byte[] bytes, Instant modified) {
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final String bucket;
    private final String accessKey;
    private final ConcurrentSkipListMap<String, StoredObject> objects = new ConcurrentSkipListMap<>();

    FakeS3Server(String bucket, String accessKey) throws IOException {
        this.bucket = bucket;
        this.accessKey = accessKey;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    Map<String, StoredObject> objects() {
        return objects;
    }

    void put(String key, String content, Instant modified) {
        objects.put(key, new StoredObject(content.getBytes(StandardCharsets.UTF_8), modified));
    }

    private boolean stopped;

    /** Stops answering: connections to the port are refused from now on. */
    @Override
    public synchronized void close() {
        if (!stopped) {
            stopped = true;
            server.stop(0);
            threads.shutdownNow();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (authorization == null || !authorization.startsWith("AWS4-HMAC-SHA256 Credential=" + accessKey + "/")) {
                error(exchange, 403, "InvalidAccessKeyId", "unknown access key");
                return;
            }
            URI uri = exchange.getRequestURI();
            String path = URLDecoder.decode(uri.getRawPath().replace("+", "%2B"), StandardCharsets.UTF_8);
            if (!path.equals("/" + bucket) && !path.startsWith("/" + bucket + "/")) {
                error(exchange, 404, "NoSuchBucket", "The specified bucket does not exist");
                return;
            }
            String key = path.length() > bucket.length() + 2 ? path.substring(bucket.length() + 2) : "";
            Map<String, String> query = query(uri.getRawQuery());
            switch (exchange.getRequestMethod()) {
                case "PUT" -> put(exchange, key);
                case "GET" -> {
                    if (key.isEmpty() && "2".equals(query.get("list-type"))) {
                        list(exchange, query);
                    } else {
                        get(exchange, key, true);
                    }
                }
                case "HEAD" -> get(exchange, key, false);
                case "DELETE" -> {
                    objects.remove(key);
                    exchange.sendResponseHeaders(204, -1);
                }
                default -> error(exchange, 405, "MethodNotAllowed", exchange.getRequestMethod());
            }
        }
    }

    private void put(HttpExchange exchange, String key) throws IOException {
        String copySource = exchange.getRequestHeaders().getFirst("x-amz-copy-source");
        if (copySource != null) {
            String source = URLDecoder.decode(copySource.replace("+", "%2B"), StandardCharsets.UTF_8).replaceFirst("^/", "");
            StoredObject original = source.startsWith(bucket + "/") ? objects.get(source.substring(bucket.length() + 1)) : null;
            if (original == null) {
                error(exchange, 404, "NoSuchKey", "The specified key does not exist.");
                return;
            }
            StoredObject copy = new StoredObject(original.bytes(), Instant.now());
            objects.put(key, copy);
            xml(exchange, 200, "<CopyObjectResult><LastModified>" + copy.modified().truncatedTo(ChronoUnit.MILLIS)
                    + "</LastModified><ETag>" + etag(copy.bytes()) + "</ETag></CopyObjectResult>");
            return;
        }
        byte[] body = exchange.getRequestBody().readAllBytes();
        String contentSha256 = exchange.getRequestHeaders().getFirst("x-amz-content-sha256");
        String encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
        if ((contentSha256 != null && contentSha256.startsWith("STREAMING-")) || (encoding != null && encoding.contains("aws-chunked"))) {
            body = unchunked(body);
        } else if (contentSha256 != null && contentSha256.matches("[0-9a-f]{64}") && !contentSha256.equals(hex("SHA-256", body))) {
            error(exchange, 400, "XAmzContentSHA256Mismatch", "The provided 'x-amz-content-sha256' header does not match what was computed.");
            return;
        }
        String md5 = exchange.getRequestHeaders().getFirst("Content-MD5");
        if (md5 == null) {
            // A real server accepts a PUT without it; the fake does not, so that the store's always sending it is checked.
            error(exchange, 400, "InvalidRequest", "The fake requires Content-MD5 on every PUT, as S3Storage sends it.");
            return;
        }
        if (!md5.equals(Base64.getEncoder().encodeToString(digest("MD5", body)))) {
            error(exchange, 400, "BadDigest", "The Content-MD5 you specified did not match what we received.");
            return;
        }
        objects.put(key, new StoredObject(body, Instant.now()));
        exchange.getResponseHeaders().add("ETag", etag(body));
        exchange.sendResponseHeaders(200, -1);
    }

    private void get(HttpExchange exchange, String key, boolean withBody) throws IOException {
        StoredObject object = objects.get(key);
        if (object == null) {
            if (withBody) {
                error(exchange, 404, "NoSuchKey", "The specified key does not exist.");
            } else {
                exchange.sendResponseHeaders(404, -1);
            }
            return;
        }
        exchange.getResponseHeaders().add("ETag", etag(object.bytes()));
        exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
        exchange.getResponseHeaders().add("Last-Modified", java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(object.modified().atZone(java.time.ZoneOffset.UTC)));
        if (withBody) {
            exchange.sendResponseHeaders(200, object.bytes().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(object.bytes());
            }
        } else {
            exchange.getResponseHeaders().add("Content-Length", Integer.toString(object.bytes().length));
            exchange.sendResponseHeaders(200, -1);
        }
    }

    /** ListObjectsV2: keys in order, after the continuation token (the last key of the page before). */
    private void list(HttpExchange exchange, Map<String, String> query) throws IOException {
        String prefix = query.getOrDefault("prefix", "");
        int maxKeys = Integer.parseInt(query.getOrDefault("max-keys", "1000"));
        String after = query.getOrDefault("continuation-token", query.getOrDefault("start-after", ""));
        List<Map.Entry<String, StoredObject>> matching = objects.tailMap(after, false).entrySet().stream()
                .filter(entry -> entry.getKey().startsWith(prefix)).limit(maxKeys + 1L).toList();
        boolean truncated = matching.size() > maxKeys;
        List<Map.Entry<String, StoredObject>> page = truncated ? matching.subList(0, maxKeys) : matching;
        StringBuilder xml = new StringBuilder("<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Name>")
                .append(bucket).append("</Name><Prefix>").append(escape(prefix)).append("</Prefix><KeyCount>").append(page.size())
                .append("</KeyCount><MaxKeys>").append(maxKeys).append("</MaxKeys><IsTruncated>").append(truncated).append("</IsTruncated>");
        for (Map.Entry<String, StoredObject> entry : page) {
            xml.append("<Contents><Key>").append(escape(entry.getKey())).append("</Key><LastModified>")
                    .append(entry.getValue().modified().truncatedTo(ChronoUnit.MILLIS)).append("</LastModified><ETag>")
                    .append(escape(etag(entry.getValue().bytes()))).append("</ETag><Size>").append(entry.getValue().bytes().length)
                    .append("</Size><StorageClass>STANDARD</StorageClass></Contents>");
        }
        if (truncated) {
            xml.append("<NextContinuationToken>").append(escape(page.getLast().getKey())).append("</NextContinuationToken>");
        }
        xml(exchange, 200, xml.append("</ListBucketResult>").toString());
    }

    /** aws-chunked: "size-in-hex[;chunk-signature=…]\r\n", the bytes, "\r\n", …, a chunk of size 0, trailers. */
    private static byte[] unchunked(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InputStream in = new java.io.ByteArrayInputStream(body);
        while (true) {
            String header = line(in);
            int size = Integer.parseInt(header.split(";", 2)[0].strip(), 16);
            if (size == 0) {
                return out.toByteArray();
            }
            out.write(in.readNBytes(size));
            line(in);
        }
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    private static void error(HttpExchange exchange, int status, String code, String message) throws IOException {
        xml(exchange, status, "<Error><Code>" + code + "</Code><Message>" + escape(message) + "</Message><RequestId>fake</RequestId></Error>");
    }

    private static void xml(HttpExchange exchange, int status, String xml) throws IOException {
        byte[] body = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + xml).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/xml");
        exchange.getResponseHeaders().add("x-amz-request-id", "fake");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] parts = pair.split("=", 2);
                query.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8), parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
            }
        }
        return query;
    }

    private static String etag(byte[] bytes) {
        return "\"" + hex("MD5", bytes) + "\"";
    }

    private static String hex(String algorithm, byte[] bytes) {
        return HexFormat.of().formatHex(digest(algorithm, bytes));
    }

    private static byte[] digest(String algorithm, byte[] bytes) {
        try {
            return MessageDigest.getInstance(algorithm).digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
