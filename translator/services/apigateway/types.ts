// API Gateway mapper part: the Terraform types it produces (assembled in ./index.ts).


export const REST_API = 'aws_api_gateway_rest_api';
export const RESOURCE = 'aws_api_gateway_resource';
export const METHOD = 'aws_api_gateway_method';
export const INTEGRATION = 'aws_api_gateway_integration';
export const METHOD_RESPONSE = 'aws_api_gateway_method_response';
export const INTEGRATION_RESPONSE = 'aws_api_gateway_integration_response';
export const DEPLOYMENT = 'aws_api_gateway_deployment';
export const AUTHORIZER = 'aws_api_gateway_authorizer';
export const STAGE = 'aws_api_gateway_stage';
export const API = 'aws_apigatewayv2_api';
export const V2_STAGE = 'aws_apigatewayv2_stage';
export const ROUTE = 'aws_apigatewayv2_route';
export const V2_INTEGRATION = 'aws_apigatewayv2_integration';
export const V2_AUTHORIZER = 'aws_apigatewayv2_authorizer';

export const V1_CHILDREN = [RESOURCE, METHOD, INTEGRATION, METHOD_RESPONSE, INTEGRATION_RESPONSE, AUTHORIZER, DEPLOYMENT, STAGE] as const;
export const V2_CHILDREN = [V2_STAGE, ROUTE, V2_INTEGRATION, V2_AUTHORIZER] as const;
