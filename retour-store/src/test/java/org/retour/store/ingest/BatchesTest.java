package org.retour.store.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.retour.model.Document;
import org.retour.pipeline.Analysis;
import org.retour.store.NewDocument;

/** The writer's batches: up to a number of documents, or fewer when their text is long. */
class BatchesTest {

    private static BlockingQueue<Future<Ingester.Item>> queueOf(int documents, int chars) throws InterruptedException {
        BlockingQueue<Future<Ingester.Item>> q = new ArrayBlockingQueue<>(documents + 1);
        for (int i = 0; i < documents; i++) {
            String text = "x".repeat(chars - 1) + i;
            NewDocument d = NewDocument.of("test", "doc" + i, Analysis.of(Document.of(text)));
            q.put(CompletableFuture.completedFuture(new Ingester.Analysed(d, "doc" + i, List.of(), chars)));
        }
        q.put(CompletableFuture.completedFuture(new Ingester.End()));
        return q;
    }

    private static List<Integer> batchSizes(Batches batches) throws InterruptedException {
        List<Integer> sizes = new ArrayList<>();
        while (true) {
            List<Ingester.Item> batch = new ArrayList<>();
            List<NewDocument> documents = new ArrayList<>();
            batches.fill(batch, documents);
            sizes.add(documents.size());
            if (batch.get(batch.size() - 1) instanceof Ingester.End) {
                return sizes;
            }
        }
    }

    @Test
    void shortDocumentsFillABatchToItsCount() throws InterruptedException {
        assertThat(batchSizes(new Batches(queueOf(10, 100), 4))).containsExactly(4, 4, 2);
    }

    @Test
    void longDocumentsCloseABatchBeforeItsCount() throws InterruptedException {
        int chars = (int) (Batches.MAX_CHARS / 3) + 1;
        assertThat(batchSizes(new Batches(queueOf(7, chars), 1024))).containsExactly(3, 3, 1);
    }
}
