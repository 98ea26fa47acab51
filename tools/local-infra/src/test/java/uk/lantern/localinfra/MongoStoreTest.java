package uk.lantern.localinfra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MongoStoreTest {

    @TempDir
    Path dir;

    @Test
    void persistentStoreKeepsDocumentsAcrossARestartOnTheSameFile() {
        Path file = dir.resolve("mongo").resolve("store.mv.db");
        try (MongoStore store = MongoStore.persistent(file, 0)) {
            store.start();
            try (MongoClient client = MongoClients.create(store.connectionString())) {
                episodes(client).insertOne(new Document("_id", "episode-1").append("status", "OPEN"));
            }
        }

        try (MongoStore restarted = MongoStore.persistent(file, 0)) {
            restarted.start();
            try (MongoClient client = MongoClients.create(restarted.connectionString())) {
                assertThat(episodes(client).find(Filters.eq("_id", "episode-1")).first())
                        .containsEntry("status", "OPEN");
            }
        }
    }

    @Test
    void inMemoryStoreServesTheMongoWireProtocolAndKeepsItsPortAcrossARestart() {
        try (MongoStore store = MongoStore.inMemory(0)) {
            store.start();
            String connectionString = store.connectionString();
            store.stop();
            store.start();

            assertThat(store.connectionString()).isEqualTo(connectionString);
            try (MongoClient client = MongoClients.create(connectionString)) {
                episodes(client).insertOne(new Document("_id", "episode-2"));
                assertThat(episodes(client).countDocuments()).isEqualTo(1);
            }
        }
    }

    private static MongoCollection<Document> episodes(MongoClient client) {
        return client.getDatabase("lantern").getCollection("episodes");
    }
}
