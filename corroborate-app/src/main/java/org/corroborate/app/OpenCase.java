package org.corroborate.app;

import java.io.IOException;
import java.time.Clock;
import org.corroborate.store.CaseFolder;
import org.corroborate.store.CaseStore;
import org.corroborate.store.CustodyLog;
import org.corroborate.store.EvidenceStore;

/**
 * A case opened by one command: its database, its preserved originals and, for commands that write,
 * its custody log under the case's write lock.
 */
final class OpenCase implements AutoCloseable {

  final CaseFolder folder;
  final CaseStore store;
  final EvidenceStore evidence;
  private final CaseFolder.WriteLock lock;
  private final CustodyLog custody;

  private OpenCase(
      CaseFolder folder,
      CaseStore store,
      EvidenceStore evidence,
      CaseFolder.WriteLock lock,
      CustodyLog custody) {
    this.folder = folder;
    this.store = store;
    this.evidence = evidence;
    this.lock = lock;
    this.custody = custody;
  }

  static OpenCase forReading(CaseFolder folder) throws IOException {
    return new OpenCase(
        folder,
        CaseStore.open(folder.database()),
        new EvidenceStore(folder.evidence()),
        null,
        null);
  }

  static OpenCase forWriting(CaseFolder folder) throws IOException {
    CaseFolder.WriteLock lock = folder.lockForWriting();
    CustodyLog custody = null;
    try {
      custody = CustodyLog.open(folder.custodyLog(), Clock.systemUTC());
      EvidenceStore evidence = new EvidenceStore(folder.evidence());
      // Under the lock no other writer can be mid-copy: a temp file is what a crash left.
      evidence.cleanStaleTemps();
      return new OpenCase(folder, CaseStore.open(folder.database()), evidence, lock, custody);
    } catch (IOException | RuntimeException e) {
      if (custody != null) {
        custody.close();
      }
      lock.close();
      throw e;
    }
  }

  CustodyLog custody() {
    if (custody == null) {
      throw new IllegalStateException("the case was opened for reading; open it for writing");
    }
    return custody;
  }

  /** Who is recorded in the custody log as acting. */
  static String actor() {
    return System.getProperty("user.name", "unknown");
  }

  @Override
  public void close() throws IOException {
    try (CaseFolder.WriteLock l = lock;
        CustodyLog c = custody) {
      store.close();
    }
  }
}
