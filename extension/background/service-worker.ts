// Service-worker entry: wiring only. Later issues register the capture and CloudTrail handlers here.
export {};
