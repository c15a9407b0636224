

async def test_request_refusing_a_method_lists_the_methods_it_takes() -> None:
    async with client_for(Server(json_reply({}))) as client:
        message = await refused_async(client.request("TRACE", "/x"))
    assert message == "method must be one of DELETE, GET, PATCH, POST, PUT"
