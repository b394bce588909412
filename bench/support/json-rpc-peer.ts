// The client side of JSON-RPC as LSP uses it, over any transport: requests with their answers, notifications (waited
// for once, or listened to), and answers to the server's own requests. Subclasses only carry the messages.

export type Json = Record<string, unknown>;
export interface Message {
  id?: number | string;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { message: string };
}
type Waiter = { method: string; match: (params: Json) => boolean; resolve: (params: Json) => void };

export abstract class JsonRpcPeer {
  private nextId = 1;
  protected readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private waiters: Waiter[] = [];
  private readonly listeners: { method: string; listener: (params: Json) => void }[] = [];

  request<T = unknown>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** Resolves with the next notification of `method` whose params match. Register before sending what triggers it. */
  next<T = Json>(method: string, match: (params: Json) => boolean = () => true): Promise<T> {
    return new Promise<T>((resolve) => this.waiters.push({ method, match, resolve: resolve as (p: Json) => void }));
  }

  /** Calls `listener` with every notification of `method` from now on. */
  onNotification(method: string, listener: (params: Json) => void): void {
    this.listeners.push({ method, listener });
  }

  protected abstract send(message: Json): void;

  /** The result for one of the server's own requests. */
  protected abstract answer(method: string, params: unknown): unknown;

  protected dispatch(message: Message): void {
    if (message.method !== undefined && message.id !== undefined) {
      this.send({ jsonrpc: '2.0', id: message.id, result: this.answer(message.method, message.params) });
    } else if (message.method !== undefined) {
      const params = (message.params ?? {}) as Json;
      for (const { method, listener } of this.listeners) if (method === message.method) listener(params);
      const waiter = this.waiters.find((w) => w.method === message.method && w.match(params));
      if (waiter) {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        waiter.resolve(params);
      }
    } else if (typeof message.id === 'number') {
      const pending = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) pending?.reject(new Error(message.error.message));
      else pending?.resolve(message.result);
    }
  }
}
